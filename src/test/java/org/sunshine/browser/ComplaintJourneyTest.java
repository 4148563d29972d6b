package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sunshine.testing.FixedChallenges;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's journey in a real browser, in Chinese: the public files a complaint and gets the codes, the inspector
 * accepts and routes it, the department takes it on and replies, the public rates the reply and reads the timeline.
 */
@MicronautTest(transactional = false)
class ComplaintJourneyTest {

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fileRouteAnswerRateAndFollowTheTimeline() throws Exception {
        browser = Browser.start(Files.createTempDirectory("sunshine-downloads-"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        base = "http://localhost:" + server.getPort();

        // the public files it from the landing page
        browser.get(base + "/");
        click(By.id("service-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-type")));
        click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='投诉']]"));
        pick(By.cssSelector("#complaint-area input"), "社会救助");
        type(By.cssSelector("#complaint-subject input"), "社区低保名单没有公示");
        type(By.cssSelector("#complaint-content textarea"), "我所在社区今年的低保对象名单没有在公示栏和政府网站公示。");
        type(By.cssSelector("#complaint-name input"), "张三丰");
        type(By.cssSelector("#complaint-phone input"), "13812345678");
        type(By.cssSelector("#captcha-answer input"), FixedChallenges.ANSWER);
        click(By.id("complaint-submit"));
        String code = text(By.id("receipt-tracking-code"));
        String query = text(By.id("receipt-query-code"));
        assertThat(code).matches("\\d{8}-\\d{6}");
        assertThat(browser.findElement(By.id("receipt")).getText()).contains("提交成功", "查询码只显示这一次");

        // the inspector accepts it and routes it to the suggested department
        signIn("inspector");
        browser.get(base + "/complaints");
        click(By.xpath("//vaadin-grid-cell-content[text()='" + code + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-identity-text"), "张**"));
        act("accept");
        click(By.id("action-assign"));
        wait.until(d -> attribute(By.cssSelector("#assign-department input"), "value").contains("市民政局"));
        click(By.id("dialog-assign-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-detail"), "已分派"));
        signOut();

        // the department takes it on and replies
        signIn("handler");
        browser.get(base + "/complaints");
        click(By.xpath("//vaadin-grid-cell-content[text()='" + code + "']"));
        act("receive");
        click(By.id("action-reply"));
        type(By.cssSelector("vaadin-dialog-overlay[opened] #action-note textarea"), "已督促社区在公示栏和市政府网站公示低保对象名单，公示期七天。");
        click(By.id("dialog-reply-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-detail"), "已答复"));
        signOut();

        // the public rates the reply and reads every step
        browser.get(base + "/track?code=" + code);
        type(By.cssSelector("#track-query input"), query);
        click(By.id("track-find"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-reply"), "公示期七天"));
        click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='满意']]"));
        click(By.id("track-rate"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-state"), "已办结"));
        assertThat(browser.findElement(By.id("track-timeline")).getText()).contains(
                "您的诉求已提交", "已受理", "已转交市民政局办理", "市民政局已签收，正在办理", "市民政局已答复，请评价",
                "您已评价：满意，诉求办结");
    }

    private void signIn(String username) {
        browser.get(base + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        type(By.cssSelector("vaadin-login-form input[name='username']"), username);
        type(By.cssSelector("vaadin-login-form input[name='password']"), "Sunshine2026");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[theme~='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    private void signOut() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-login-link")));
    }

    /** Runs a staff action that needs no input: its button, then the dialog's confirm. */
    private void act(String action) {
        click(By.id("action-" + action));
        click(By.id("dialog-" + action + "-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-" + action)));
    }

    /** Chooses the first item of a combo box matching the typed text. */
    private void pick(By input, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(input));
        field.click();
        field.sendKeys(text);
        wait.until(d -> !d.findElements(By.tagName("vaadin-combo-box-item")).isEmpty());
        field.sendKeys(Keys.ARROW_DOWN);
        field.sendKeys(Keys.ENTER);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(text);
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    private String attribute(By by, String name) {
        String value = browser.findElement(by).getDomProperty(name);
        return value == null ? "" : value;
    }
}
