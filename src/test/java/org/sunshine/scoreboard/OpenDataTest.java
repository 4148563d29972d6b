package org.sunshine.scoreboard;

import com.vaadin.flow.component.grid.Grid;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodRepository;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintExpiry;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Rating;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.security.SignedInUser;
import org.sunshine.statistics.StatisticsRefresh;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data are the figures the public screen shows: a quarter of 2022 with a few real complaints (filed,
 * handled, replied and rated through the services on a clock of that time) is locked; the scoreboard's ranking and
 * figures, read from the screen, equal the JSON and the CSV at their stable addresses, rates included — and a rate
 * resting on fewer complaints than the minimum volume is empty in both. Committed data in a year no other test uses.
 */
@MicronautTest(transactional = false)
@Property(name = "sunshine.complaints.submissions-per-hour", value = "100")
class OpenDataTest extends UiTest {

    /** Monday 11 April 2022, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2022-04-11T02:00:00Z");

    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void theOpenDataFilesMatchTheScreen() throws Exception {
        AssessmentFixture fixture = new AssessmentFixture(context);
        SignedInUser inspector = fixture.user("inspector");
        // 市教育局: six complaints, five replied on time and rated (4 满意, 1 基本满意), one replied late
        // 市财政局: two complaints only, below the minimum volume of 5: no rates
        List<Receipt> jyj = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jyj.add(file(fixture, "JYJ", "招生政策没有公开 " + i, inspector));
        }
        List<Receipt> czj = List.of(file(fixture, "CZJ", "预算没有公开 1", inspector), file(fixture, "CZJ", "预算没有公开 2", inspector));
        clock.advance(Duration.ofDays(2));
        for (int i = 0; i < 5; i++) {
            reply(fixture, jyj.get(i), "h.jyj");
        }
        reply(fixture, czj.get(0), "h.czj");
        reply(fixture, czj.get(1), "h.czj");
        ComplaintTracking tracking = context.getBean(ComplaintTracking.class);
        for (int i = 0; i < 5; i++) {
            tracking.rate(jyj.get(i).trackingCode(), jyj.get(i).queryCode(), "10.9.9.9",
                    i == 0 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED, "");
        }
        clock.advance(Duration.ofDays(20)); // 3 May: the sixth is past its deadline when replied
        reply(fixture, jyj.get(5), "h.jyj");

        clock.advance(Duration.ofDays(70)); // mid July: the quarter is over
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 91.5);
        totals.put("CZJ", 78.0);
        totals.put("SLJ", 91.5);
        long period = fixture.lockedQuarter("开放数据测试体系", 2022, 2, totals);
        context.getBean(StatisticsRefresh.class).rebuild();
        // publication kept what was measured then: 市教育局's satisfaction (4 + 0.9) / 5 on 5 ratings
        String kept;
        try (java.sql.Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                context.getBean(javax.sql.DataSource.class)).getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT m.measured, m.volume FROM period_measure m "
                     + "JOIN department d ON d.id = m.department_id "
                     + "WHERE m.period_id = ? AND d.code = 'JYJ' AND m.metric = 'SATISFACTION'")) {
            s.setLong(1, period);
            try (var r = s.executeQuery()) {
                kept = r.next() ? String.format(java.util.Locale.ROOT, "%.4f/%d", r.getDouble(1), r.getLong(2)) : "none";
            }
        }
        assertThat(kept).isEqualTo("0.9800/5");

        navigate("public/scoreboard?period=" + period);
        @SuppressWarnings("unchecked")
        Grid<Scoreboard.Place> ranking = _get(Grid.class, spec -> spec.withId("scoreboard-ranking"));
        @SuppressWarnings("unchecked")
        Grid<Scoreboard.Figures> figures = _get(Grid.class, spec -> spec.withId("scoreboard-figures"));
        List<Scoreboard.Place> shownRanking = ranking.getListDataView().getItems().toList();
        List<Scoreboard.Figures> shownFigures = figures.getListDataView().getItems().toList();
        assertThat(shownRanking).extracting(Scoreboard.Place::rank, Scoreboard.Place::department).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "市教育局"), org.assertj.core.groups.Tuple.tuple(1, "市水利局"),
                org.assertj.core.groups.Tuple.tuple(3, "市财政局"));
        Scoreboard.Figures education = shownFigures.stream().filter(f -> f.department().equals("市教育局")).findFirst().orElseThrow();
        // 6 due, 5 on time: 0.8333; rated 5: (4 + 0.9) / 5 = 0.98
        assertThat(education).isEqualTo(new Scoreboard.Figures("市教育局", "JYJ", 6, 6, 0.8333, 5, 0.98));
        Scoreboard.Figures finance = shownFigures.stream().filter(f -> f.department().equals("市财政局")).findFirst().orElseThrow();
        assertThat(finance.onTimeRate()).isNull();
        assertThat(finance.satisfactionRate()).isNull();

        try (HttpClient client = HttpClient.create(new URL("http://localhost:" + server.getPort()))) {
            String base = "/api/open-data/periods/" + period;
            assertThat(client.toBlocking().retrieve("/api/open-data/periods.json")).contains("\"id\":" + period, "2022年第二季度");
            List<Scoreboard.Place> rankingJson = Arrays.asList(json.readValue(
                    client.toBlocking().retrieve(base + "/ranking.json"), Scoreboard.Place[].class));
            assertThat(rankingJson).isEqualTo(shownRanking);
            List<Scoreboard.Figures> figuresJson = Arrays.asList(json.readValue(
                    client.toBlocking().retrieve(base + "/statistics.json"), Scoreboard.Figures[].class));
            assertThat(figuresJson).isEqualTo(shownFigures);

            String rankingCsv = new String(client.toBlocking().retrieve(HttpRequest.GET(base + "/ranking.csv"), byte[].class),
                    StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<String> lines = rankingCsv.lines().toList();
            assertThat(lines.get(0)).isEqualTo("rank,department,department_code,total,grade,vetoed");
            assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(shownRanking.stream()
                    .map(p -> p.rank() + "," + p.department() + "," + p.departmentCode() + "," + p.total() + "," + p.grade()
                            + "," + p.vetoed()).toList());
            String figuresCsv = new String(client.toBlocking().retrieve(HttpRequest.GET(base + "/statistics.csv"), byte[].class),
                    StandardCharsets.UTF_8);
            assertThat(figuresCsv).contains("市教育局,JYJ,6,6,0.8333,5,0.98", "市财政局,CZJ,2,2,,0,")
                    .doesNotContain("13800", "李四");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.toBlocking().retrieve(
                    "/api/open-data/periods/999999/ranking.json")).isInstanceOfSatisfying(
                    io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                    e -> {
                        assertThat(e.getStatus().getCode()).as("an unknown period is not found").isEqualTo(404);
                        assertThat(e.getResponse().getBody(String.class).orElse(""))
                                .contains("该考核周期不存在或结果尚未公布");
                    });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.toBlocking().retrieve(
                    HttpRequest.GET("/api/open-data/periods/999999/statistics.csv").header("Accept-Language", "en-GB")))
                    .isInstanceOfSatisfying(io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                            e -> assertThat(e.getResponse().getBody(String.class).orElse(""))
                                    .contains("This period does not exist or its results are not published"));

            // the rates follow the period's own rules, copied when it was set up, not today's configuration
            PeriodRepository periods = context.getBean(PeriodRepository.class);
            Period locked = periods.findById(period).orElseThrow();
            locked.setBasicWeight(new java.math.BigDecimal("0.5"));
            periods.update(locked);
            assertThat(Arrays.asList(json.readValue(client.toBlocking().retrieve(base + "/statistics.json"),
                    Scoreboard.Figures[].class))).contains(new Scoreboard.Figures("市教育局", "JYJ", 6, 6, 0.8333, 5, 0.9));
            navigate("public/scoreboard?period=" + period);
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withText(new Messages().getTranslation("scoreboard.figures.help", Messages.CHINESE, 5, "0.5"))).isVisible()).isTrue();
        }

        // a period that cannot be shown says so, and the latest published one is shown instead
        navigate("public/scoreboard?period=abc");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("scoreboard-notice")).getText())
                .contains("所要查看的考核周期不存在或结果尚未公布");
        // the three replies left unrated close as not rated, as they would in time: no committed complaint waits
        assertThat(context.getBean(ComplaintExpiry.class).closeUnrated()).isGreaterThanOrEqualTo(3);
    }

    private Receipt file(AssessmentFixture fixture, String code, String subject, SignedInUser inspector) {
        ComplaintIntake intake = context.getBean(ComplaintIntake.class);
        Receipt receipt = intake.submit(new Submission(ComplaintType.COMPLAINT, null, fixture.department(code), subject,
                "请按规定公开。", "李四", "13800001111", false, List.of()), ComplaintIntake.Origin.web("10.8.8.8"));
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), fixture.department(code), "", inspector);
        return receipt;
    }

    private void reply(AssessmentFixture fixture, Receipt receipt, String handler) {
        ComplaintHandling handling = context.getBean(ComplaintHandling.class);
        handling.receive(receipt.id(), fixture.user(handler));
        handling.reply(receipt.id(), "已在门户网站公开。", List.of(), fixture.user(handler));
    }
}
