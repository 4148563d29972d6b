package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first journey in a real browser: the Chinese landing page, staff sign-in (with a new session id), the
 * department directory, and its PDF downloaded and read back.
 */
@MicronautTest(transactional = false)
class LoginToDirectoryPdfTest {

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
    void anAdministratorSignsInOpensTheDirectoryAndDownloadsItsPdf() throws Exception {
        Path downloads = Files.createTempDirectory("sunshine-downloads-");
        browser = Browser.start(downloads);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://localhost:" + server.getPort();

        browser.get(base + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "让政务公开在阳光下运行"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");
        String anonymousSession = session();

        browser.findElement(By.id("staff-login-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        type(By.cssSelector("vaadin-login-form input[name='username']"), "admin");
        type(By.cssSelector("vaadin-login-form input[name='password']"), "Sunshine2026");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[theme~='submit']")).click();

        wait.until(ExpectedConditions.urlToBe(base + "/workbench"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-user"), "系统管理员"));
        assertThat(session()).as("a new session id at sign-in").isNotEqualTo(anonymousSession);

        browser.findElement(By.xpath("//vaadin-side-nav-item[contains(., '部门名录')]")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/directory/departments"));
        wait.until(d -> gridContains("市民政局"));

        browser.findElement(By.cssSelector("#department-pdf vaadin-button")).click();
        Path pdf = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> downloaded(downloads));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("盘锦市政务公开责任单位名录", "市民政局", "市教育局");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
        assertThat(pdf.getFileName().toString()).isEqualTo("部门名录.pdf");
    }

    private boolean gridContains(String text) {
        Object cells = browser.executeScript(
                "return Array.from(document.querySelectorAll('#departments vaadin-grid-cell-content')).map(c => c.textContent)");
        return cells instanceof List<?> list && list.contains(text);
    }

    private void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    private String session() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private static Path downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
