package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sunshine.assessment.DefaultIndicatorSystem;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.PeriodForm;
import org.sunshine.assessment.PeriodKind;
import org.sunshine.assessment.PeriodSetup;
import org.sunshine.assessment.PeriodAssignments;
import org.sunshine.assessment.ScoreSheetService;
import org.sunshine.assessment.SystemTree;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's score sheet in a real browser, in Chinese: a period for 市教育局 has been set up through the services
 * (the browserless test sets one up through the screens); the inspector finds it, opens their sheet from 我的评分,
 * types every value, is refused for a missing reason, gives it, submits, and sees the department ranked with its
 * total. With {@code -Dsunshine.screenshots=DIR} each step is saved as a PNG.
 */
@MicronautTest(transactional = false)
class AssessmentJourneyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DefaultIndicatorSystem defaults;
    @Inject
    IndicatorSystemService systems;
    @Inject
    PeriodSetup setup;
    @Inject
    PeriodAssignments assignments;
    @Inject
    DepartmentRepository departments;
    @Inject
    UserRepository users;

    private Journey user;

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void anInspectorScoresADepartmentOnTheSheet() throws Exception {
        defaults.load();
        var u = users.findByUsername("inspector").orElseThrow();
        SignedInUser lead = new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
        long jyj = departments.findByCode("JYJ").orElseThrow().getId();
        long systemId = systems.published().get(0).getId();
        long period = setup.create(new PeriodForm("", PeriodKind.MONTH, 2024, 6, systemId, lead.id(), Set.of(jyj), null), lead);
        assignments.assign(period, jyj, Set.of(lead.id()), lead);
        SystemTree tree = systems.treeOf(systemId);
        List<Indicator> onSheet = tree.categories().stream().flatMap(b -> b.indicators().stream())
                .filter(ScoreSheetService::onSheet).toList();

        user = new Journey(server.getPort());
        user.signIn("inspector");
        assertThat(user.text(By.id("workbench-assessment"))).contains("有评分表待提交的周期");
        user.open("/assessment/periods");
        user.click(By.xpath("//vaadin-grid-cell-content[text()='2024年6月']"));
        user.waitForText(By.id("period-state"), "评分中");
        user.click(By.id("tab-mine"));
        user.click(By.id("sheet-open-" + jyj));
        user.waitForText(By.id("sheet-state"), "未开始");
        user.shot("assessment-1-sheet");

        Indicator first = onSheet.get(0);
        for (Indicator i : onSheet) {
            By input = By.cssSelector("#value-" + i.id() + " input");
            if (i.kind() == IndicatorKind.MANUAL) {
                user.type(input, i == first ? "3" : i.maxPoints().stripTrailingZeros().toPlainString());
            } else if (i.kind() == IndicatorKind.VETO) {
                user.click(By.cssSelector("#value-" + i.id() + " vaadin-radio-button:nth-of-type(1)"));
            } else {
                user.type(input, "0");
            }
        }
        user.click(By.id("sheet-submit"));
        user.click(By.id("dialog-sheet-submit-confirm"));
        user.wait.until(d -> "true".equals(d.findElement(By.id("reason-" + first.id())).getDomProperty("invalid")));
        assertThat(user.attribute(By.id("reason-" + first.id()), "errorMessage")).contains("请写明理由");
        user.type(By.cssSelector("#reason-" + first.id() + " textarea"), "一项重大决策未在决策前公开征求意见。");
        user.click(By.id("sheet-submit"));
        user.click(By.id("dialog-sheet-submit-confirm"));
        user.waitForText(By.id("sheet-state"), "已提交");
        user.shot("assessment-2-submitted");

        user.open("/assessment/periods/" + period);
        user.click(By.id("tab-ranking"));
        // 决策公开 carries 12.5 (诉求办理 has no rated indicator): 12.5 × (3 + 5) / 10 = 10, 2.5 less than 100
        user.waitForText(By.id("ranking"), "97.5");
        assertThat(user.text(By.id("ranking"))).contains("市教育局", "优秀");
        user.shot("assessment-3-ranking");
    }
}
