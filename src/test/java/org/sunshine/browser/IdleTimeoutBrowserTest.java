package org.sunshine.browser;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff idle timeout in a real browser, shortened to 20 seconds with the warning 12 seconds before: the warning
 * appears with its countdown, 保持登录 keeps the sign-in, and without input the browser ends up on the sign-in page,
 * which says why.
 */
@MicronautTest(transactional = false)
@Property(name = "sunshine.security.sessions.idle-timeout", value = "20s")
@Property(name = "sunshine.security.sessions.idle-warning", value = "12s")
class IdleTimeoutBrowserTest {

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStaffTabIsWarnedThenSignedOutWhenIdle() throws Exception {
        browser = Browser.start(Files.createTempDirectory("sunshine-downloads-"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        String base = "http://localhost:" + server.getPort();

        browser.get(base + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        type(By.cssSelector("vaadin-login-form input[name='username']"), "inspector");
        type(By.cssSelector("vaadin-login-form input[name='password']"), "Sunshine2026");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[theme~='submit']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/workbench"));
        assertThat(browser.findElement(By.id("idle-warning")).isDisplayed()).isFalse();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
        assertThat(browser.findElement(By.id("idle-countdown")).getText()).matches("0:\\d\\d");
        browser.findElement(By.id("idle-stay")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle-warning")));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/workbench");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
        wait.until(ExpectedConditions.urlContains("/login?signedOut=idle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-signed-out")));
        assertThat(browser.findElement(By.id("login-signed-out")).getText()).contains("自动退出登录");

        browser.get(base + "/workbench");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    private void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }
}
