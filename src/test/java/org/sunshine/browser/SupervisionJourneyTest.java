package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's journey in a real browser, in Chinese. A complaint about 市民政局 has been replied to (set up through
 * the services, as issue 3's journey shows it through the screens). The demo supervisor 陈静 reviews it and files a
 * finding with a screenshot; the inspector confirms it; the department reports its rectification; the inspector
 * returns the report once and then accepts the second one. The finding's timeline shows every step, and the
 * deadline is 15 working days from the confirmation. With {@code -Dsunshine.screenshots=DIR} each step is saved
 * as a PNG.
 */
@MicronautTest(transactional = false)
class SupervisionJourneyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    DepartmentService departments;
    @Inject
    KeyAreaService areas;
    @Inject
    UserRepository users;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    Clock clock;

    private Journey user;

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void reviewFileConfirmReportReturnAndAccept() throws Exception {
        user = new Journey(server.getPort());
        String code = repliedComplaint();

        // the supervisor finds the review task on the workbench and in the list, and reviews the reply
        user.signIn("supervisor");
        assertThat(user.text(By.id("workbench"))).contains("您的聘期为", "待回访评议");
        user.open("/reviews");
        user.click(By.xpath("//vaadin-grid-cell-content[text()='" + code + "']"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));
        assertThat(user.text(By.id("review-detail"))).contains("低保名单", "已督促社区公示");
        score("timeliness", "4 较好");
        score("quality", "4 较好");
        score("attitude", "5 很好");
        user.type(By.cssSelector("#review-comment textarea"), "电话回访诉求人，确认名单已在社区公示栏公示。");
        user.shot("review");
        user.click(By.id("review-submit"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-result"), "评议时间"));
        assertThat(user.text(By.id("review-detail"))).contains("已评议");

        // ... and files a finding with a screenshot as evidence
        user.open("/findings/new");
        user.pick(By.cssSelector("#finding-department input"), "市民政局");
        user.pick(By.cssSelector("#finding-area input"), "社会救助");
        user.click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='公开不完整']]"));
        user.type(By.cssSelector("#finding-description textarea"), "市民政局网站“低保信息”栏目只公布了城区名单，各乡镇的低保对象名单缺失。");
        Path screenshot = Files.createTempFile("低保栏目截图", ".png");
        Files.write(screenshot, user.browser.getScreenshotAs(OutputType.BYTES));
        WebElement fileInput = user.browser.findElement(By.cssSelector("#finding-files")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(screenshot.toString());
        user.wait.until(d -> !d.findElements(By.cssSelector("#finding-files vaadin-upload-file[complete]")).isEmpty());
        user.shot("new-finding");
        user.click(By.id("finding-submit"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("finding-detail")));
        String findingUrl = user.browser.getCurrentUrl();
        assertThat(user.text(By.id("finding-state"))).isEqualTo("待确认");
        assertThat(user.text(By.id("finding-evidence"))).contains("低保栏目截图");
        user.signOut();

        // the inspector confirms it: 15 working days from today
        user.signIn("inspector");
        user.open(findingUrl);
        act("confirm", null);
        String due = chineseDate(calendar.plus(LocalDate.now(clock), 15));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-state"), "整改中"));
        assertThat(user.text(By.id("finding-detail"))).contains(due);
        user.signOut();

        // the department reports; the inspector returns the report once
        user.signIn("handler");
        user.open(findingUrl);
        act("report", "已在低保信息栏目补充公开各乡镇低保对象名单。");
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-state"), "待核验"));
        user.signOut();
        user.signIn("inspector");
        user.open(findingUrl);
        act("return", "仍缺少两个乡镇的名单，请补齐。");
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-state"), "退回整改"));
        user.signOut();

        // the department reports again and the inspector accepts
        user.signIn("handler");
        user.open(findingUrl);
        act("report", "已补齐全部乡镇的低保对象名单。");
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-state"), "待核验"));
        user.signOut();
        user.signIn("inspector");
        user.open(findingUrl);
        act("accept", "核验通过。");
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-state"), "已销号"));
        user.shot("finding-closed");

        String timeline = user.text(By.id("finding-history"));
        assertThat(timeline).contains("陈静", "王明", "张丽", "提出", "确认问题", "提交整改报告", "退回整改", "核验通过",
                "仍缺少两个乡镇的名单");
        assertThat(timeline.indexOf("退回整改")).isLessThan(timeline.lastIndexOf("提交整改报告"));
        assertThat(user.text(By.id("finding-detail"))).contains("第 1 次整改报告", "第 2 次整改报告", due);
    }

    /** A complaint about 市民政局 on social assistance, replied by the department today; returns its tracking code. */
    private String repliedComplaint() {
        long mzj = departments.search(new DepartmentFilter("MZJ", null, true)).stream()
                .filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id).findFirst().orElseThrow();
        long area = areas.list(false).stream().filter(a -> a.code().equals("SHJZ")).mapToLong(KeyAreaRow::id).findFirst().orElseThrow();
        Receipt receipt = intake.submit(new Submission(ComplaintType.COMPLAINT, area, mzj, "社区低保名单没有公示",
                "我所在社区今年的低保对象名单没有公示。", "张三丰", "13812345678", true, List.of()),
                ComplaintIntake.Origin.web("10.1.1.1"));
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), mzj, "", inspector);
        handling.receive(receipt.id(), handler);
        handling.reply(receipt.id(), "已督促社区公示低保对象名单。", List.of(), handler);
        return receipt.trackingCode();
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private void score(String dimension, String label) {
        user.click(By.xpath("//vaadin-radio-group[@id='review-" + dimension + "']//vaadin-radio-button[.//label[normalize-space()='"
                + label + "']]"));
    }

    /** Runs a finding action: its button, the dialog's text (if any), then the dialog's confirm. */
    private void act(String action, String text) {
        user.click(By.id("finding-action-" + action));
        if (text != null) {
            user.type(By.cssSelector("vaadin-dialog-overlay[opened] #finding-action-text textarea"), text);
        }
        user.click(By.id("dialog-finding-" + action + "-confirm"));
        user.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-finding-" + action)));
    }
}
