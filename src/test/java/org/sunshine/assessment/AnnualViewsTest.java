package org.sunshine.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.UiTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** 年度考核, browserless, on two quarters of 2025 locked through the services (each test rolled back). */
@MicronautTest(startApplication = false)
class AnnualViewsTest extends UiTest {

    @Test
    void anInspectorCreatesTheYearChangesAWeightAndLocksItFromTheScreen() {
        twoLockedQuarters();
        signInAs("inspector");
        navigate("assessment/annual");
        assertThat(_find(Grid.class, spec -> spec.withId("annual-ranking"))).as("no annual assessment yet").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("annual-create")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("annual-create-year")), 2024);
        _click(_get(Button.class, spec -> spec.withId("dialog-annual-create-confirm")));
        IntegerField year = _get(IntegerField.class, spec -> spec.withId("annual-create-year"));
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("2024年还没有已锁定的考核周期，请在周期结果锁定后再建立年度考核。");
        _setValue(year, 2025);
        _click(_get(Button.class, spec -> spec.withId("dialog-annual-create-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("annual-state")).getText()).isEqualTo("草稿");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("annual-rules")).getElement().getTextRecursively())
                .contains("每次通报表扬加 1 分，每次通报批评减 2 分", "90 分及以上为优秀", "一票否决");
        // JYJ (3 × 90 + 3 × 80) / 6 = 85; CZJ (3 × 70 + 3 × 90) / 6 = 80
        Grid<?> ranking = _get(Grid.class, spec -> spec.withId("annual-ranking"));
        assertThat(rows(ranking)).containsExactly(
                List.of("1", "市教育局", "2", "85.00", "0", "0", "0.00", "85.00", "良好"),
                List.of("2", "市财政局", "2", "80.00", "0", "0", "0.00", "80.00", "良好"));
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("annual-ranking-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).contains("名次,部门,参加考核周期数,周期加权得分,通报表扬（次）,通报批评（次）,通报增减分,年度总分,等次",
                "1,市教育局,2,85.00,0,0,0.00,85.00,良好");

        // Q2 weighs 1: CZJ (210 + 90) / 4 = 75, JYJ (270 + 80) / 4 = 87.5
        long q2 = context.getBean(PeriodRepository.class).findByName("2025年第二季度").orElseThrow().getId();
        Grid<?> periods = _get(Grid.class, spec -> spec.withId("annual-periods"));
        Button weight = (Button) _getCellComponent(periods, 1, "actions");
        assertThat(weight.getId()).hasValue("annual-weight-" + q2);
        _click(weight);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("annual-weight-value")), new BigDecimal("0"));
        _click(_get(Button.class, spec -> spec.withId("dialog-annual-weight-confirm")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("annual-weight-value")).isInvalid()).isTrue();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("annual-weight-value")), BigDecimal.ONE);
        _click(_get(Button.class, spec -> spec.withId("dialog-annual-weight-confirm")));
        assertThat(rows(_get(Grid.class, spec -> spec.withId("annual-ranking"))))
                .extracting(r -> r.get(1) + " " + r.get(7)).containsExactly("市教育局 87.50", "市财政局 75.00");

        _click(_get(Button.class, spec -> spec.withId("annual-lock")));
        _click(_get(Button.class, spec -> spec.withId("dialog-annual-lock-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("annual-state")).getText()).isEqualTo("已锁定");
        assertThat(_get(Span.class, spec -> spec.withId("annual-shown")).getText()).isEqualTo("第 1 版（最新）");
        assertThat(rows(_get(Grid.class, spec -> spec.withId("annual-revisions")))).extracting(r -> r.get(0) + " " + r.get(3))
                .containsExactly("第 1 版 锁定年度考核结果");
        assertThat(_get(Grid.class, spec -> spec.withId("annual-periods")).getColumnByKey("actions")).as("weights fixed once locked").isNull();
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("annual-history"))
                .getElement().getTextRecursively()).contains("王明：创建年度考核（草稿）", "王明：调整周期权重（草稿）",
                "2025年第二季度：权重 3 → 1", "王明：锁定年度考核结果（已锁定）");

        // a re-lock needs a reason, and something changed
        _click(_get(Button.class, spec -> spec.withId("annual-lock")));
        _click(_get(Button.class, spec -> spec.withId("dialog-annual-lock-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("annual-lock-reason")).isInvalid()).isTrue();
    }

    @Test
    void aLeaderSeesTheRankingAndAnEarlierRevisionButCannotLockIt() {
        long[] q1AndIndicator = twoLockedQuarters();
        SignedInUser inspector = user("inspector");
        AnnualService service = context.getBean(AnnualService.class);
        long annual = service.create(2025, inspector);
        service.lock(annual, "", inspector);
        // Q1 corrected: CZJ 78 instead of 70 → (3 × 78 + 3 × 90) / 6 = 84; re-locked as revision 2
        context.getBean(PeriodLocking.class).correct(q1AndIndicator[0], dept("CZJ"), q1AndIndicator[1], new BigDecimal("78"),
                "复查更正。", inspector);
        service.lock(annual, "2025年第一季度市财政局结果更正。", inspector);

        signInAs("leader");
        navigate("assessment/annual/2025");
        assertThat(_get(Span.class, spec -> spec.withId("annual-shown")).getText()).isEqualTo("第 2 版（最新）");
        assertThat(rows(_get(Grid.class, spec -> spec.withId("annual-ranking")))).extracting(r -> r.get(1) + " " + r.get(7))
                .containsExactly("市教育局 85.00", "市财政局 84.00");
        assertThat(_find(Button.class, spec -> spec.withId("annual-lock"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("annual-create"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("annual-refresh"))).isEmpty();

        Button first = (Button) _getCellComponent(_get(Grid.class, spec -> spec.withId("annual-revisions")), 0, "view");
        assertThat(first.getId()).hasValue("annual-revision-1");
        _click(first);
        assertThat(_get(Span.class, spec -> spec.withId("annual-shown")).getText()).isEqualTo("第 1 版（历史版本，最新为第 2 版）");
        assertThat(rows(_get(Grid.class, spec -> spec.withId("annual-ranking")))).extracting(r -> r.get(1) + " " + r.get(7))
                .containsExactly("市教育局 85.00", "市财政局 80.00");
        _click(_get(Button.class, spec -> spec.withId("annual-revision-latest")));
        assertThat(_get(Span.class, spec -> spec.withId("annual-shown")).getText()).isEqualTo("第 2 版（最新）");
    }

    @Test
    void aDepartmentSeesOnlyItsOwnRowOfALockedYear() {
        twoLockedQuarters();
        SignedInUser inspector = user("inspector");
        long annual = context.getBean(AnnualService.class).create(2025, inspector);
        signInAs("h.czj");
        navigate("assessment/annual");
        assertThat(_find(Grid.class, spec -> spec.withId("annual-ranking"))).as("a draft is not shown").isEmpty();
        context.getBean(AnnualService.class).lock(annual, "", inspector);
        navigate("assessment/annual/2025");
        assertThat(rows(_get(Grid.class, spec -> spec.withId("annual-ranking")))).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("2 市财政局");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }

    /**
     * 2025 Q1 and Q2 on a one-indicator system: JYJ 90 and 80, CZJ 70 and 90, locked through the services. Returns
     * Q1's id and the indicator's.
     */
    private long[] twoLockedQuarters() {
        SignedInUser admin = user("admin");
        SignedInUser lead = user("inspector");
        IndicatorSystemService systems = context.getBean(IndicatorSystemService.class);
        PeriodSetup setup = context.getBean(PeriodSetup.class);
        PeriodAssignments assignments = context.getBean(PeriodAssignments.class);
        PeriodPublication publication = context.getBean(PeriodPublication.class);
        PeriodObjections objections = context.getBean(PeriodObjections.class);
        PeriodLocking locking = context.getBean(PeriodLocking.class);
        ScoreSheetService sheets = context.getBean(ScoreSheetService.class);
        long system = systems.create("年度考核界面测试体系", "", admin);
        long all = systems.saveCategory(system, new CategoryForm(null, "综合", new BigDecimal("100")), admin);
        long points = systems.saveIndicator(system, new IndicatorForm(null, all, "公开工作", IndicatorKind.MANUAL,
                new BigDecimal("100"), null, null, "按清单"), admin);
        systems.publish(system, admin);
        long q1 = 0;
        for (Map.Entry<Integer, Map<String, Integer>> quarter : Map.of(1, Map.of("JYJ", 90, "CZJ", 70),
                2, Map.of("JYJ", 80, "CZJ", 90)).entrySet()) {
            long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2025, quarter.getKey(), system, lead.id(),
                    Set.of(dept("JYJ"), dept("CZJ")), null), lead);
            assignments.assignAll(period, Set.of(lead.id()), lead);
            quarter.getValue().forEach((code, value) -> sheets.submit(period, dept(code),
                    List.of(new ScoreSheetService.Entry(points, BigDecimal.valueOf(value), "按评分标准扣分", "")), lead));
            publication.publish(period, lead);
            objections.accept(period, user("h.jyj"));
            objections.accept(period, user("h.czj"));
            locking.lock(period, lead);
            q1 = quarter.getKey() == 1 ? period : q1;
        }
        return new long[] {q1, points};
    }

    private long dept(String code) {
        return context.getBean(DepartmentRepository.class).findByCode(code).orElseThrow().getId();
    }

    private SignedInUser user(String username) {
        var u = context.getBean(UserRepository.class).findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
