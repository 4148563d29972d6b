package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journey in a real browser, in Chinese, on the days it is about: the public applies to 市民政局 on
 * Wednesday 23 September 2026; the organ registers it the next day and asks for 补正 on 30 September, across the
 * National Day holiday; the applicant corrects it online on 9 October (the 20 working days start again); the organ
 * consults a third party on 13 October (the clock pauses until the answer on 20 October), asks for 10 more working
 * days on 2 November, which its disclosure-office head approves on 3 November, and replies 部分公开 on 20 November; the
 * applicant reads every due date on the tracking page and finds the 答复告知书 among the documents.
 */
@MicronautTest(transactional = false)
class InfoRequestJourneyTest {

    private final MutableClock clock = MutableClock.shanghai("2026-09-23T02:00:00Z"); // Wednesday, 10:00 in Beijing

    @Inject
    EmbeddedServer server;

    private Journey user;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void applyRegisterCorrectConsultExtendAndReply() throws Exception {
        user = new Journey(server.getPort());

        // the public applies online
        user.open("/disclosure/apply");
        user.pick(By.cssSelector("#apply-organ input"), "盘锦市民政局");
        user.type(By.cssSelector("#apply-name input"), "王建华");
        user.type(By.cssSelector("#apply-id-number input"), "211103198507153219");
        user.type(By.cssSelector("#apply-phone input"), "13812345678");
        user.type(By.cssSelector("#apply-email input"), "wang@example.cn");
        user.type(By.cssSelector("#apply-description textarea"), "低保的那个文件");
        user.click(By.xpath("//*[@id='apply-form-wanted']//vaadin-radio-button[.//label[normalize-space()='电子邮件']]"));
        user.click(By.xpath("//*[@id='apply-delivery']//vaadin-radio-button[.//label[normalize-space()='电子邮件']]"));
        user.type(By.cssSelector("#captcha-answer input"), FixedChallenges.ANSWER);
        user.click(By.id("apply-submit"));
        String number = user.text(By.id("apply-receipt-number"));
        String code = user.text(By.id("apply-receipt-query-code"));
        assertThat(number).matches("YS20260923-\\d{6}");
        user.shot("inforequest-1-applied");

        // 24 September: the organ confirms it, its receipt date
        at("2026-09-24T01:30:00Z");
        user.signIn("handler");
        openRequest(number);
        act("register", "办理中");
        assertThat(user.text(By.id("request-clock"))).contains("2026年9月24日", "答复期限 2026-10-29");
        user.signOut();

        // 30 September: 补正, within 7 working days of receipt
        at("2026-09-30T02:00:00Z");
        user.signIn("handler");
        openRequest(number);
        user.click(By.id("action-request-correction"));
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-correctionItems textarea"),
                "请写明所需文件的名称或文号、发布年份。");
        confirm("request-correction", "待补正");
        user.signOut();

        // 9 October, after the holiday: the applicant corrects it online
        at("2026-10-09T03:00:00Z");
        track(number, code);
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("track-correct")));
        user.type(By.cssSelector("#track-correct-description textarea"), "2026年本市城乡最低生活保障标准调整的通知（盘民发〔2026〕5号）");
        user.click(By.id("track-correct-submit"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-request-state"), "办理中"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-request-due"), "2026年11月5日"));

        // 13 October: a third party is consulted, the clock pauses
        at("2026-10-13T02:00:00Z");
        user.signIn("handler");
        openRequest(number);
        user.click(By.id("action-consult"));
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-party input"), "盘锦爱心养老院");
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-question textarea"), "所申请信息是否涉及贵院商业秘密，是否同意公开。");
        confirm("consult", "办理中");
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-clock"), "2026-11-26"));
        user.signOut();

        // 20 October: the answer comes; the pause ends
        at("2026-10-20T02:00:00Z");
        user.signIn("handler");
        openRequest(number);
        user.click(By.id("action-consultation-answered"));
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-answer textarea"), "不同意公开涉及本院商业秘密的部分。");
        confirm("consultation-answered", "办理中");
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-clock"), "2026-11-12"));
        user.signOut();

        // 2 November: an extension of 10 working days; 3 November: the head (the demo's handler) approves it
        at("2026-11-02T02:00:00Z");
        user.signIn("handler");
        openRequest(number);
        user.click(By.id("action-request-extension"));
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #extension-days input"), "10");
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-reason textarea"), "需要调取三个街道的发放台账核对。");
        confirm("request-extension", "延期审批中");
        user.signOut();
        at("2026-11-03T02:00:00Z");
        user.signIn("handler");
        openRequest(number);
        user.click(By.id("action-approve-extension"));
        confirm("approve-extension", "办理中");
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-clock"), "2026-11-26"));
        user.signOut();

        // 20 November: the reply, 部分公开
        at("2026-11-20T02:00:00Z");
        user.signIn("handler");
        openRequest(number);
        user.click(By.id("action-reply"));
        user.click(By.cssSelector("vaadin-dialog-overlay[opened] #step-result"));
        user.click(By.xpath("//vaadin-select-item[normalize-space()='部分公开']"));
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-reason textarea"), "明细中含有领取人的身份证号码和银行账号。");
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-withheld textarea"), "领取人的身份证号码、银行账号不予公开。");
        user.type(By.cssSelector("vaadin-dialog-overlay[opened] #step-provision textarea"), "以电子邮件方式提供。");
        confirm("reply", "已答复");
        user.shot("inforequest-2-replied");
        user.signOut();

        // the applicant reads the reply, every due date and the documents
        track(number, code);
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-request-state"), "已答复"));
        assertThat(user.text(By.id("track-request-result"))).contains("部分公开", "身份证号码、银行账号不予公开");
        assertThat(user.text(By.id("track-request-due"))).contains("2026年11月20日", "在答复期限", "2026年11月26日",
                "延期 10 个工作日", "暂停 5 个工作日");
        assertThat(user.text(By.id("track-request-timeline"))).contains("2026年10月29日", "2026年11月5日",
                "2026年11月12日", "2026年11月26日");
        assertThat(user.text(By.id("track-request-documents"))).contains("收件回执", "补正告知书", "延期答复告知书",
                "答复告知书", "盘民公开〔2026〕");
        user.shot("inforequest-3-tracked");
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private void openRequest(String number) {
        user.open("/disclosure/requests");
        user.type(By.cssSelector("#request-search input"), number + Keys.TAB);
        user.click(By.xpath("//vaadin-grid-cell-content[text()='" + number + "']"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-detail")));
    }

    private void track(String number, String code) {
        user.open("/disclosure/track");
        user.type(By.cssSelector("#track-request-no input"), number);
        user.type(By.cssSelector("#track-request-code input"), code);
        user.click(By.id("track-request-find"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("track-request-state")));
    }

    private void act(String action, String state) {
        user.click(By.id("action-" + action));
        confirm(action, state);
    }

    private void confirm(String action, String state) {
        user.click(By.id("dialog-" + action + "-confirm"));
        user.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-" + action)));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-detail"), state));
    }
}
