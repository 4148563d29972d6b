package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sunshine.testing.FixedChallenges;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's journey in a real browser, in Chinese: the public files a complaint and gets the codes, the inspector
 * accepts and routes it, the department takes it on and replies, the public rates the reply and reads the timeline.
 */
@MicronautTest(transactional = false)
class ComplaintJourneyTest {

    @Inject
    EmbeddedServer server;

    private Journey user;

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void fileRouteAnswerRateAndFollowTheTimeline() throws Exception {
        user = new Journey(server.getPort());

        // the public files it from the landing page
        user.open("/");
        user.click(By.id("service-submit"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-type")));
        user.click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='投诉']]"));
        user.pick(By.cssSelector("#complaint-area input"), "社会救助");
        user.type(By.cssSelector("#complaint-subject input"), "社区低保名单没有公示");
        user.type(By.cssSelector("#complaint-content textarea"), "我所在社区今年的低保对象名单没有在公示栏和政府网站公示。");
        user.type(By.cssSelector("#complaint-name input"), "张三丰");
        user.type(By.cssSelector("#complaint-phone input"), "13812345678");
        user.type(By.cssSelector("#captcha-answer input"), FixedChallenges.ANSWER);
        user.click(By.id("complaint-submit"));
        String code = user.text(By.id("receipt-tracking-code"));
        String query = user.text(By.id("receipt-query-code"));
        assertThat(code).matches("\\d{8}-\\d{6}");
        assertThat(user.browser.findElement(By.id("receipt")).getText()).contains("提交成功", "查询码只显示这一次");

        // the inspector accepts it and routes it to the suggested department
        user.signIn("inspector");
        user.open("/complaints");
        user.click(By.xpath("//vaadin-grid-cell-content[text()='" + code + "']"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-identity-text"), "张**"));
        act("accept");
        user.click(By.id("action-assign"));
        user.wait.until(d -> user.attribute(By.cssSelector("#assign-department input"), "value").contains("市民政局"));
        user.click(By.id("dialog-assign-confirm"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-detail"), "已分派"));
        user.signOut();

        // the department takes it on and replies
        user.signIn("handler");
        user.open("/complaints");
        user.click(By.xpath("//vaadin-grid-cell-content[text()='" + code + "']"));
        act("receive");
        user.click(By.id("action-reply"));
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #action-note textarea"), "已督促社区在公示栏和市政府网站公示低保对象名单，公示期七天。");
        user.click(By.id("dialog-reply-confirm"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-detail"), "已答复"));
        user.signOut();

        // the public rates the reply and reads every step
        user.open("/track?code=" + code);
        user.type(By.cssSelector("#track-query input"), query);
        user.click(By.id("track-find"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-reply"), "公示期七天"));
        user.click(By.id("track-rate-open"));
        user.click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='满意']]"));
        user.click(By.id("track-rate-dialog-confirm"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-state"), "已办结"));
        assertThat(user.browser.findElement(By.id("track-timeline")).getText()).contains(
                "您的诉求已提交", "已受理", "已转交市民政局办理", "市民政局已签收，正在办理", "市民政局已答复，请评价",
                "您已评价：满意，诉求办结");
    }

    /** Runs a staff action that needs no input: its button, then the dialog's confirm. */
    private void act(String action) {
        user.click(By.id("action-" + action));
        user.click(By.id("dialog-" + action + "-confirm"));
        user.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-" + action)));
    }
}
