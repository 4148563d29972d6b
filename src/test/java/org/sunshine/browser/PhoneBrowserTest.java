package org.sunshine.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.annualreport.ReportSection;
import org.sunshine.annualreport.ReportSteps;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintRepository;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.FixedChallenges;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's phones: every public page opened at 390 × 844 (a phone, its layout viewport fixed at the screen's width)
 * scrolls only up and down, and the site's name in the header stays on one line. On the way the public files a
 * complaint and an application from the phone (the human check's answer box on screen and typed into), follows the
 * complaint on its tracking page — the timeline above the two choices about the reply, withdrawing below — rates the
 * reply in a dialog that fits the screen, and follows the application likewise. Last, on a 768 px tablet, an
 * inspector's list keeps its key columns without scrolling sideways, and shows the others again in a wide window.
 */
@MicronautTest(transactional = false)
class PhoneBrowserTest {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    /** The year of the annual report published for its page: one no other test or demo publishes. */
    static final int YEAR = 2021;

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    UserRepository users;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintHandling handling;
    @Inject
    AnnualReports reports;
    @Inject
    ReportSteps reportSteps;

    private Journey user;

    @AfterEach
    void quit() throws SQLException {
        try {
            if (user != null) {
                user.close();
            }
        } finally {
            unpublish();
        }
    }

    @Test
    void everyPublicPageFitsAPhoneAndTheTrackingPageReadsInOrder() throws Exception {
        user = new Journey(server.getPort());
        user.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));

        // a complaint from the phone: the human check's answer box is on the screen, not under anything, and takes the answer
        open("/submit", "complaint-subject");
        user.click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='投诉']]"));
        pick(By.cssSelector("#complaint-department input"), "市民政局");
        type(By.cssSelector("#complaint-subject input"), "社区低保名单没有公示");
        type(By.cssSelector("#complaint-content textarea"), "我所在社区今年的低保对象名单没有在公示栏和政府网站公示。");
        WebElement answer = user.browser.findElement(By.cssSelector("#captcha-answer input"));
        user.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", answer);
        assertOnScreenAndOnTop(answer, "the human check's answer box");
        type(By.cssSelector("#captcha-answer input"), FixedChallenges.ANSWER);
        user.shot("phone-submit");
        user.click(By.id("complaint-submit"));
        String code = user.text(By.id("receipt-tracking-code"));
        String query = user.text(By.id("receipt-query-code"));
        fits("/submit (the receipt)");

        // its tracking page before it is answered: the timeline, then (quietly, below it) the withdrawal
        track(code, query);
        assertThat(user.text(By.id("track-facts"))).contains("您选择的部门", "市民政局");
        assertAbove("track-timeline", "track-withdrawal");
        assertThat(user.browser.findElements(By.id("track-choices"))).as("nothing to rate yet")
                .allMatch(e -> !e.isDisplayed());
        fits("/track (submitted)");

        // answered: the timeline, the reply, then the two choices side by side or one above the other, no withdrawal
        long id = complaints.findByTrackingCode(code).orElseThrow().getId();
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        long mzj = complaints.findById(id).orElseThrow().getRequestedDepartmentId();
        handling.accept(id, "", inspector);
        handling.assign(id, mzj, "", inspector);
        handling.receive(id, handler);
        handling.reply(id, "已督促社区在公示栏和市政府网站公示低保对象名单，公示期七天。", List.of(), handler);
        track(code, query);
        assertAbove("track-timeline", "track-reply");
        assertAbove("track-reply", "track-choices");
        assertThat(user.text(By.id("track-choice-rate"))).contains("评价答复", "诉求随即办结");
        assertThat(user.text(By.id("track-choice-reopen"))).contains("申请重新办理", "可以申请重新办理一次");
        assertThat(user.browser.findElements(By.id("track-withdrawal"))).allMatch(e -> !e.isDisplayed());
        fits("/track (replied)");
        user.shot("phone-track-replied");

        // rating is a dialog that fits the phone and says what follows
        user.click(By.id("track-rate-open"));
        WebElement dialog = user.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-dialog-overlay[opened]")));
        assertThat(dialog.getText()).contains("诉求即办结");
        WebElement overlay = (WebElement) user.browser.executeScript(
                "return arguments[0].shadowRoot.querySelector('[part=overlay]')", dialog);
        assertOnScreen(overlay, "the rating dialog");
        user.click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='满意']]"));
        user.click(By.id("track-rate-dialog-confirm"));
        user.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-state"), "已办结"));
        fits("/track (closed)");

        // an application from the phone, and its tracking page: the timeline above the withdrawal
        open("/disclosure/apply", "apply-organ");
        pick(By.cssSelector("#apply-organ input"), "盘锦市民政局");
        type(By.cssSelector("#apply-name input"), "王建华");
        type(By.cssSelector("#apply-id-number input"), "211103198507153219");
        type(By.cssSelector("#apply-phone input"), "13812345678");
        type(By.cssSelector("#apply-email input"), "wang@example.cn");
        type(By.cssSelector("#apply-description textarea"), "2026年本市城乡最低生活保障标准调整的通知");
        user.click(By.xpath("//*[@id='apply-form-wanted']//vaadin-radio-button[.//label[normalize-space()='电子邮件']]"));
        user.click(By.xpath("//*[@id='apply-delivery']//vaadin-radio-button[.//label[normalize-space()='电子邮件']]"));
        WebElement applyAnswer = user.browser.findElement(By.cssSelector("#captcha-answer input"));
        user.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", applyAnswer);
        assertOnScreenAndOnTop(applyAnswer, "the application's human check");
        type(By.cssSelector("#captcha-answer input"), FixedChallenges.ANSWER);
        fits("/disclosure/apply");
        user.click(By.id("apply-submit"));
        String number = user.text(By.id("apply-receipt-number"));
        String applicationCode = user.text(By.id("apply-receipt-query-code"));
        fits("/disclosure/apply (the receipt)");
        open("/disclosure/track?no=" + number, "track-request-code");
        type(By.cssSelector("#track-request-code input"), applicationCode);
        user.click(By.id("track-request-find"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("track-request-state")));
        assertAbove("track-request-timeline", "track-request-details");
        assertAbove("track-request-timeline", "track-request-withdrawal");
        assertThat(user.text(By.id("track-request-withdrawal"))).contains("撤回申请");
        fits("/disclosure/track (an application)");
        user.shot("phone-track-application");

        // every other public page
        publishAnnualReport();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("/", "service-submit");
        pages.put("/track", "track-code");
        pages.put("/disclosure/track", "track-request-no");
        pages.put("/disclosure/guide", "guide-content");
        pages.put("/disclosure/annual-reports", "annual-reports-open-data");
        pages.put("/disclosure/annual-reports/" + YEAR + "/MZJ", "annual-report-title");
        pages.put("/calendar", "calculator-result");
        pages.put("/public/scoreboard", "public-scoreboard");
        pages.put("/public/open-data", "open-data");
        pages.put("/public/bulletins", "public-bulletins");
        pages.put("/recover", "recovery-contact");
        pages.put("/public/stop-messages", "stop-messages-text");
        pages.put("/login", "login-form");
        pages.put("/no-such-page", "not-found");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getKey(), page.getValue());
            fits(page.getKey());
        }

        // a 768 px tablet: the complaints list keeps its key columns without scrolling sideways; widened, it shows all
        user.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 768, "height", 1024, "deviceScaleFactor", 1, "mobile", true));
        user.signIn("inspector");
        open("/complaints", "complaints");
        // the window's width reaches the server just after the list is drawn
        user.wait.until(d -> header("标题") && !header("办理单位"));
        assertThat(List.of("受理编号", "标题", "状态", "当前期限")).allMatch(this::header);
        Number sideways = (Number) user.browser.executeScript(
                "const t = document.getElementById('complaints').shadowRoot.querySelector('#table');"
                        + " return t.scrollWidth - t.clientWidth;");
        assertThat(sideways.intValue()).as("the list does not scroll sideways on a tablet").isLessThanOrEqualTo(0);
        user.shot("tablet-complaints");
        user.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        user.wait.until(d -> header("办理单位"));
    }

    /** Whether the list shows a column under this header. */
    private boolean header(String text) {
        return user.browser.findElements(By.xpath("//*[@id='complaints']/vaadin-grid-cell-content[normalize-space()='"
                + text + "']")).stream().anyMatch(WebElement::isDisplayed);
    }

    private void open(String path, String marker) {
        user.open(path);
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(marker)));
    }

    /** Types into a field, first scrolled to the middle of the small screen. */
    private void type(By by, String text) {
        WebElement field = user.wait.until(ExpectedConditions.presenceOfElementLocated(by));
        user.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        user.type(by, text);
    }

    /** Picks from a combo box, and waits for its list to close. */
    private void pick(By input, String text) {
        user.pick(input, text);
        user.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-combo-box-overlay[opened]")));
    }

    private void track(String code, String query) {
        open("/track?code=" + code, "track-query");
        type(By.cssSelector("#track-query input"), query);
        user.click(By.id("track-find"));
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("track-timeline")));
    }

    /** No sideways scroll, and the site's name on one line, whole, inside the screen. */
    private void fits(String page) {
        Number scrollWidth = (Number) user.browser.executeScript("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) user.browser.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).as(page + ": the page is no wider than the phone").isLessThanOrEqualTo(WIDTH);
        assertThat(innerWidth.intValue()).as(page + ": the page is not zoomed out to fit something wide").isEqualTo(WIDTH);
        @SuppressWarnings("unchecked")
        List<Number> brand = (List<Number>) user.browser.executeScript("""
                const name = [...document.querySelectorAll('#public-brand span')].find(s => s.offsetParent !== null);
                const link = document.getElementById('public-brand');
                return [name.getClientRects().length, link.scrollWidth - link.clientWidth, link.getBoundingClientRect().right];""");
        assertThat(brand.get(0).intValue()).as(page + ": the site's name is on one line").isEqualTo(1);
        assertThat(brand.get(1).intValue()).as(page + ": the site's name is whole, not cut").isLessThanOrEqualTo(0);
        assertThat(brand.get(2).doubleValue()).as(page + ": the site's name is on the screen").isLessThanOrEqualTo(WIDTH);
    }

    private void assertOnScreen(WebElement element, String what) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) user.browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.width];", element);
        assertThat(box.get(2).doubleValue()).as(what + " has a width").isGreaterThan(0);
        assertThat(box.get(0).doubleValue()).as(what + ": left edge on the screen").isGreaterThanOrEqualTo(0);
        assertThat(box.get(1).doubleValue()).as(what + ": right edge on the screen").isLessThanOrEqualTo(WIDTH);
    }

    /** On the screen, and what a finger on its middle touches. */
    private void assertOnScreenAndOnTop(WebElement input, String what) {
        assertOnScreen(input, what);
        Boolean onTop = (Boolean) user.browser.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
                const field = arguments[0].closest('vaadin-text-field');
                return hit === arguments[0] || hit === field || field.contains(hit);""", input);
        assertThat(onTop).as(what + " is not covered by anything").isTrue();
    }

    private void assertAbove(String upperId, String lowerId) {
        Number upper = (Number) user.browser.executeScript(
                "return document.getElementById(arguments[0]).getBoundingClientRect().top", upperId);
        Number lower = (Number) user.browser.executeScript(
                "return document.getElementById(arguments[0]).getBoundingClientRect().top", lowerId);
        assertThat(upper.doubleValue()).as(upperId + " comes before " + lowerId).isLessThan(lower.doubleValue());
    }

    /** 市民政局's report of {@value #YEAR}, written, submitted, approved and published through the services. */
    private void publishAnnualReport() {
        SignedInUser handler = staff("handler");
        SignedInUser inspector = staff("inspector");
        long id = reports.open(YEAR, String.valueOf(handler.departmentId()), handler);
        for (ReportSection section : ReportSection.values()) {
            int version = reports.detail(id, handler).report().getVersion();
            reports.saveSection(id, section, "本机关" + YEAR + "年度政府信息公开工作情况。", version, handler);
        }
        reportSteps.submit(id, handler);
        reportSteps.approve(id, inspector);
        reportSteps.publish(id, inspector);
    }

    private void unpublish() throws SQLException {
        DataSource ds = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            String mine = "SELECT id FROM annual_report WHERE year_no = " + YEAR;
            s.executeUpdate("DELETE FROM annual_report_edition WHERE report_id IN (" + mine + ")");
            s.executeUpdate("DELETE FROM workflow_event WHERE machine = 'annualreport' AND record_id IN (" + mine + ")");
            s.executeUpdate("DELETE FROM annual_report WHERE year_no = " + YEAR);
        }
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
