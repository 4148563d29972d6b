package org.sunshine.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does in the browser, in the words of the journeys: sign in, click, type, pick from a combo box, read.
 * With {@code -Dsunshine.screenshots=DIR}, {@link #shot} saves the page as a PNG.
 */
final class Journey implements AutoCloseable {

    final ChromeDriver browser;
    final WebDriverWait wait;
    final String base;
    private final List<String> seen = new java.util.ArrayList<>();

    Journey(int port) throws Exception {
        browser = Browser.start(Files.createTempDirectory("sunshine-downloads-"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    void open(String path) {
        browser.get(path.startsWith("http") ? path : base + path);
    }

    void signIn(String username) {
        open("/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        type(By.cssSelector("vaadin-login-form input[name='username']"), username);
        type(By.cssSelector("vaadin-login-form input[name='password']"), "Sunshine2026");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[theme~='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    void signOut() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-login-link")));
    }

    /** Chooses the first item of a combo box matching the typed text. */
    void pick(By input, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(input));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.click();
        field.sendKeys(text);
        wait.until(d -> !d.findElements(By.tagName("vaadin-combo-box-item")).isEmpty());
        field.sendKeys(Keys.ARROW_DOWN);
        field.sendKeys(Keys.ENTER);
    }

    /** Clicks an element, first scrolled to the middle of its scrolling container (the layout's, not the page's). */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(text);
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    String attribute(By by, String name) {
        String value = browser.findElement(by).getDomProperty(name);
        return value == null ? "" : value;
    }

    void shot(String name) throws Exception {
        String dir = System.getProperty("sunshine.screenshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    /**
     * The Content-Security-Policy violations Chromium reported in the console since the last call: a script, style,
     * image, connection or frame the policy refused.
     */
    List<String> cspViolations() {
        List<String> all = cspViolationsSeen();
        seen.clear();
        return all;
    }

    /** The violations reported so far and not yet taken by {@link #cspViolations()} (reading the log empties it). */
    List<String> cspViolationsSeen() {
        browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Forgets the violations a test caused on purpose. */
    void forgetCspViolations() {
        cspViolations();
    }

    /** Ends the journey; it fails if the application broke its own Content-Security-Policy on the way. */
    @Override
    public void close() {
        try {
            assertThat(cspViolations()).as("Content-Security-Policy violations in the browser's console").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
