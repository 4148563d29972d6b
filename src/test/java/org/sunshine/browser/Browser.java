package org.sunshine.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Debian Chromium driven by its chromedriver (packages chromium and chromium-driver; .ci/run installs
 * them). A machine without them skips the browser tests rather than downloading a browser.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("sunshine.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("sunshine.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static ChromeDriver start(Path downloads) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver): browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("sunshine-chromium-"));
        // the console, where Chromium reports every Content-Security-Policy violation (Journey checks it)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "sunshine-chromedriver.log")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }
}
