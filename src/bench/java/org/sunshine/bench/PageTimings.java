package org.sunshine.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How long staff pages take to become usable in a real browser, against a running instance of any version of the
 * platform (so the same script times the code before and after a change, on the same data): signs in as the user
 * given, then opens each page {@code rounds} times as a fresh load (a new Vaadin UI: layout, menu and view built,
 * data read) and waits until the page has its signed-in header and no request is pending. Prints the median, minimum
 * and maximum of each page, and the median and maximum of its server time (the page's request and its Vaadin round
 * trips, from sending each request to the first byte of its answer). Headless Debian Chromium.
 *
 * <p>{@code java -cp … org.sunshine.bench.PageTimings http://localhost:8080 inspector 7 workbench complaints
 * findings/737 …} (docs/performance.md, "Staff pages"). The first round of each page is a warm-up and not counted.
 */
public final class PageTimings implements AutoCloseable {

    /** One timed load or action: until the page was usable, and the server's part of it, in nanoseconds. */
    public record Sample(long nanos, long serverNanos, int roundTrips) {
    }

    private final String base;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    /** A headless Chromium for the platform at {@code base} (http://localhost:8080). */
    public PageTimings(String base) throws Exception {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("page-timings-"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(Integer.getInteger("bench.wait", 180)));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PageTimings BASE_URL LOGIN ROUNDS PAGE…   (password Sunshine2026; LOGIN - for none,"
                    + " PAGE#ID for a public page ready when element ID is there)");
            System.exit(2);
        }
        String login = args[1];
        int rounds = Integer.parseInt(args[2]);
        List<String> pages = Arrays.asList(args).subList(3, args.length);
        Map<String, long[]> figures = new LinkedHashMap<>();
        Map<String, long[]> serverFigures = new LinkedHashMap<>();
        try (PageTimings timings = new PageTimings(args[0])) {
            if (!login.equals("-")) {
                timings.signIn(login);
            }
            for (String page : pages) {
                long[] nanos = new long[rounds];
                long[] server = new long[rounds];
                for (int round = -1; round < rounds; round++) {
                    // a public page names the element it is ready with: public/scoreboard#public-scoreboard
                    int hash = page.indexOf('#');
                    Sample sample = hash < 0 ? timings.load(page) : timings.load(page.substring(0, hash), page.substring(hash + 1));
                    if (round >= 0) {
                        nanos[round] = sample.nanos();
                        server[round] = sample.serverNanos();
                    }
                }
                Arrays.sort(nanos);
                Arrays.sort(server);
                figures.put(page, nanos);
                serverFigures.put(page, server);
            }
        }
        System.out.printf(Locale.ROOT, "%-36s %8s %8s %8s | server %8s %8s   (%s, %d rounds)%n", "page", "median",
                "min", "max", "median", "max", login, rounds);
        List<String> lines = new ArrayList<>();
        figures.forEach((page, nanos) -> lines.add(String.format(Locale.ROOT,
                "%-36s %6.0f ms %5.0f ms %5.0f ms | %13.0f ms %5.0f ms", page, Timings.median(nanos), nanos[0] / 1e6,
                Timings.max(nanos), Timings.median(serverFigures.get(page)), Timings.max(serverFigures.get(page)))));
        lines.forEach(System.out::println);
        System.out.println(Timings.load().replaceFirst("^; ", ""));
    }

    /** Signs in (password Sunshine2026) and waits for the signed-in header. */
    public void signIn(String login) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        browser.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(login);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("Sunshine2026");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[theme~='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    /**
     * Opens a page as a fresh load (a new Vaadin UI) and waits until it is usable: a staff page's signed-in header
     * (or, for a public page, {@code readyId}) is there and no request is pending.
     */
    public Sample load(String page, String readyId) {
        long start = System.nanoTime();
        browser.get(base + "/" + page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
        wait.until(driver -> idle((JavascriptExecutor) driver));
        long nanos = System.nanoTime() - start;
        return new Sample(nanos, serverNanos(browser, true), roundTrips(browser));
    }

    /** A staff page. */
    public Sample load(String page) {
        return load(page, "signed-in-user");
    }

    /**
     * Times an action on the page: its Vaadin round trips from when it starts until the page is idle and
     * {@code ready} holds. Waits up to {@code firstTrip} for the first round trip (an action may be answered in the
     * browser alone: then none is counted).
     */
    public Sample act(Runnable action, Predicate<JavascriptExecutor> ready, Duration firstTrip) {
        js().executeScript("performance.setResourceTimingBufferSize(100000); performance.clearResourceTimings();");
        long start = System.nanoTime();
        action.run();
        long until = System.nanoTime() + firstTrip.toNanos();
        while (roundTrips(browser) == 0 && System.nanoTime() < until) {
            pause(20);
        }
        wait.until(driver -> idle((JavascriptExecutor) driver) && ready.test((JavascriptExecutor) driver));
        // a lazy field or a grid may send one more request right after the first answer: idle twice, 150 ms apart
        pause(150);
        wait.until(driver -> idle((JavascriptExecutor) driver) && ready.test((JavascriptExecutor) driver));
        long nanos = System.nanoTime() - start;
        return new Sample(nanos, serverNanos(browser, false), roundTrips(browser));
    }

    /** The platform's address this browser opens pages of. */
    public String base() {
        return base;
    }

    public ChromeDriver driver() {
        return browser;
    }

    public JavascriptExecutor js() {
        return browser;
    }

    @Override
    public void close() {
        browser.quit();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The server's share of the load: for the page's own request (with {@code withPage}) and every Vaadin round trip
     * it made (UIDL requests), the time from sending the request to the first byte of the answer (on localhost, the
     * server's time), summed.
     */
    private static long serverNanos(JavascriptExecutor js, boolean withPage) {
        Object millis = js.executeScript("const wait = e => Math.max(0, e.responseStart - e.requestStart);"
                + " const page = " + withPage + " ? performance.getEntriesByType('navigation').map(wait).reduce((a, b) => a + b, 0) : 0;"
                + " const trips = performance.getEntriesByType('resource')"
                + "   .filter(e => e.name.includes('v-r=') && !e.name.includes('heartbeat'))"
                + "   .map(wait).reduce((a, b) => a + b, 0);"
                + " return page + trips;");
        return Math.round(((Number) millis).doubleValue() * 1e6);
    }

    /** The Vaadin round trips seen since the page loaded or the timings were cleared. */
    private static int roundTrips(JavascriptExecutor js) {
        Object n = js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('v-r=') && !e.name.includes('heartbeat')).length;");
        return ((Number) n).intValue();
    }

    /** No Vaadin client has a request in flight, and the document is loaded. */
    private static boolean idle(JavascriptExecutor js) {
        Object done = js.executeScript("if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow"
                + " || !window.Vaadin.Flow.clients) { return false; }"
                + " return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());");
        return Boolean.TRUE.equals(done);
    }
}
