package org.sunshine.proactive;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.BusinessClock;
import org.sunshine.finding.Severity;
import org.sunshine.proactive.ui.LinksView;
import org.sunshine.security.SignedInUser;
import org.sunshine.shell.AccessDeniedView;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 链接检查 browserless, on the real services and a local web site: the inspector's list with its last run, the
 * one-step 确认失效 (the row then shows its finding), a handler's list of their own with 重新检查; each test rolled
 * back.
 */
@MicronautTest(startApplication = false)
@Property(name = "sunshine.proactive.link-check.enabled", value = "true")
@Property(name = "sunshine.proactive.link-check.allow-private-addresses", value = "true")
@Property(name = "sunshine.proactive.link-check.host-delay", value = "0s")
@Property(name = "sunshine.proactive.link-check.connect-timeout", value = "500ms")
@Property(name = "sunshine.proactive.link-check.read-timeout", value = "500ms")
@Property(name = "sunshine.proactive.link-check.initial-delay", value = "1h")
@Property(name = "sunshine.proactive.link-check.interval", value = "1h")
class LinksViewTest extends UiTest {

    private final MutableClock clock = MutableClock.shanghai("2026-03-02T02:00:00Z");
    private LocalSite site;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void site() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    /** A DEAD record and a FAILING one of 市民政局, after three days of daily runs. */
    private long[] deadAndFailing() {
        context.getBean(JdbcOperations.class).prepareStatement("UPDATE disclosure_record SET link_state = 'OK', "
                + "link_checked_at = '2100-01-01 00:00:00'", s -> s.executeUpdate());
        SignedInUser handler = signInAs("handler");
        LinkChecker checker = context.getBean(LinkChecker.class);
        long dead = add("2026年2月城乡低保资金发放情况", "/gone", handler);
        checker.runOnce();
        clock.advance(Duration.ofDays(1));
        checker.runOnce();
        long failing = add("2026年第一批临时救助对象名单", "/moved-away", handler);
        clock.advance(Duration.ofDays(1));
        checker.runOnce();
        return new long[]{dead, failing};
    }

    private long add(String title, String path, SignedInUser handler) {
        LocalDate today = context.getBean(BusinessClock.class).today();
        return context.getBean(Records.class).add(new RecordForm(handler.departmentId(), title, "",
                RecordCategory.STATISTICS, null, today.minusDays(3), today, Channel.WEBSITE, "", site.url(path), null,
                null, null), handler);
    }

    @SuppressWarnings("unchecked")
    private Grid<LinkCandidate> grid() {
        return _get(Grid.class, spec -> spec.withId("dead-links"));
    }

    private List<LinkCandidate> rows() {
        return grid().getDataProvider().fetch(new Query<>()).toList();
    }

    private int rowOf(long id) {
        List<LinkCandidate> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("not listed: " + id);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInspectorConfirmsADeadLinkInOneStepAndTheRowThenShowsTheFinding() {
        long[] ids = deadAndFailing();
        signInAs("inspector");
        navigate("disclosure/links");
        assertThat(_get(Span.class, spec -> spec.withId("links-last-run")).getText())
                .contains("2026-03-04 10:00", "检查 2 个链接，2 个失败，1 个新列为疑似失效");
        List<LinkCandidate> rows = rows();
        assertThat(rows).extracting(LinkCandidate::id).startsWith(ids[0]).contains(ids[1]);
        assertThat(rows.get(0).departmentName()).isEqualTo("市民政局");
        assertThat(_get(_getCellComponent(grid(), rowOf(ids[0]), "state"), Span.class).getText()).isEqualTo("疑似失效");
        assertThat(_find(_getCellComponent(grid(), rowOf(ids[1]), "actions"), Button.class,
                spec -> spec.withId("link-confirm-" + ids[1]))).as("only DEAD ones are confirmed").isEmpty();

        _setValue(_get(Select.class, spec -> spec.withId("links-show")), LinkCandidates.Show.DEAD);
        assertThat(rows()).extracting(LinkCandidate::id).contains(ids[0]).doesNotContain(ids[1]);

        _click(_get(_getCellComponent(grid(), rowOf(ids[0]), "actions"), Button.class,
                spec -> spec.withId("link-confirm-" + ids[0])));
        TextArea description = _get(TextArea.class, spec -> spec.withId("dead-link-description"));
        assertThat(description.getValue()).contains("2026年2月城乡低保资金发放情况", site.url("/gone"), "HTTP 404");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("dead-link-severity")), Severity.MAJOR);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        expectNotifications("已保存");

        RouterLink finding = _get(_getCellComponent(grid(), rowOf(ids[0]), "actions"), RouterLink.class,
                spec -> spec.withId("link-finding-" + ids[0]));
        long findingId = context.getBean(LinkStore.class).find(ids[0]).orElseThrow().findingId();
        assertThat(finding.getHref()).isEqualTo("findings/" + findingId);
        assertThat(finding.getText()).as("cited by its reference").matches("监督意见 JD-\\d{4}-\\d{4,}");
        assertThat(_find(_getCellComponent(grid(), rowOf(ids[0]), "actions"), Button.class,
                spec -> spec.withId("link-confirm-" + ids[0]))).as("filed once").isEmpty();
    }

    @Test
    void aHandlerSeesTheirOwnAndChecksAgainAfterFixingThePage() {
        long[] ids = deadAndFailing();
        stopVaadin();
        startVaadin();
        signInAs("handler");
        navigate("disclosure/links");
        assertThat(_find(ComboBox.class, spec -> spec.withId("links-department"))).as("no department filter").isEmpty();
        assertThat(rows()).extracting(LinkCandidate::id).contains(ids[0], ids[1]);
        assertThat(_find(_getCellComponent(grid(), rowOf(ids[0]), "actions"), Button.class,
                spec -> spec.withId("link-confirm-" + ids[0]))).as("the inspector confirms").isEmpty();

        site.answer("/moved-away", LocalSite.Answer.status(200));
        _click(_get(_getCellComponent(grid(), rowOf(ids[1]), "actions"), Button.class,
                spec -> spec.withId("link-recheck-" + ids[1])));
        expectNotifications("重新检查完成：正常。");
        assertThat(rows()).extracting(LinkCandidate::id).contains(ids[0]).doesNotContain(ids[1]);

        stopVaadin();
        startVaadin();
        String other = context.getBean(org.sunshine.directory.DepartmentService.class).active().stream()
                .map(org.sunshine.directory.DepartmentRow::code).filter(c -> !c.equals("MZJ") && !c.equals("SZFB"))
                .findFirst().orElseThrow();
        signInAs("h." + other.toLowerCase());
        navigate("disclosure/links");
        assertThat(rows()).extracting(LinkCandidate::id).doesNotContain(ids[0]);
    }

    @Test
    void supervisorsAndLeadersDoNotOpenIt() {
        signInAs("supervisor");
        navigate("disclosure/links");
        _get(AccessDeniedView.class);
        assertThat(_find(LinksView.class)).isEmpty();
    }
}
