package org.sunshine.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One member of staff at work during the cluster fault drill ({@link ClusterDrill}): a headless Chromium
 * ({@link PageTimings}) signed in through HAProxy opens one of its pages about every second (a fresh load: a new
 * Vaadin UI on the node its cookie names). Each open is counted as what the page was: the signed-in page, the sign-in
 * page (the session is gone: the user is asked to sign in again, and does), the database-unavailable page (503), the
 * error page (500), or nothing in time. The node that answered is HAProxy's cookie {@code SUNSHINE_NODE}.
 */
final class StaffSession implements AutoCloseable {

    enum Seen { PAGE, SIGN_IN_AGAIN, DATABASE_UNAVAILABLE, SERVER_ERROR, NO_PAGE }

    private final String login;
    private final List<String> pages;
    private final PageTimings browser;
    private final WebDriverWait wait;
    /** What each open showed, by the drill's phase. */
    private final Map<String, Map<Seen, AtomicInteger>> seen = new ConcurrentHashMap<>();
    /** The moments the user was asked to sign in again, and on which node they signed in then. */
    private final List<String> events = new CopyOnWriteArrayList<>();
    private volatile String phase;
    private volatile boolean running = true;
    private Thread thread;

    StaffSession(String base, String login, List<String> pages) throws Exception {
        this.login = login;
        this.pages = pages;
        this.browser = new PageTimings(base);
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    String login() {
        return login;
    }

    /** Signs in; returns the node that holds the session. */
    String signIn() {
        browser.signIn(login);
        return node();
    }

    /** The application node this browser is kept on (HAProxy's cookie), or "-". */
    String node() {
        Cookie cookie = browser.driver().manage().getCookieNamed("SUNSHINE_NODE");
        return cookie == null ? "-" : cookie.getValue();
    }

    void phase(String label) {
        phase = label;
    }

    void start(String firstPhase) {
        phase = firstPhase;
        thread = new Thread(this::work, "staff-" + login);
        thread.start();
    }

    private void work() {
        long started = System.nanoTime();
        for (int i = 0; running; i++) {
            long tick = System.nanoTime();
            String page = pages.get(i % pages.size());
            Seen result = open(page);
            seen.computeIfAbsent(phase, p -> new ConcurrentHashMap<>())
                    .computeIfAbsent(result, r -> new AtomicInteger()).incrementAndGet();
            if (result == Seen.SIGN_IN_AGAIN) {
                String before = node();
                try {
                    String after = signIn();
                    events.add(String.format("%.0f s, %s: asked to sign in again (cookie %s), signed in again on %s",
                            (tick - started) / 1e9, phase, before, after));
                } catch (RuntimeException e) {
                    events.add(String.format("%.0f s, %s: asked to sign in again, the sign-in failed: %s",
                            (tick - started) / 1e9, phase, e.getClass().getSimpleName()));
                }
            }
            long rest = 1000 - Duration.ofNanos(System.nanoTime() - tick).toMillis();
            if (rest > 0) {
                DrillClients.sleep(rest);
            }
        }
    }

    /** Opens a page and tells what it showed. */
    private Seen open(String page) {
        try {
            browser.driver().get(browser.base() + "/" + page);
            return wait.until(StaffSession::what);
        } catch (RuntimeException e) {
            return Seen.NO_PAGE;
        }
    }

    private static Seen what(WebDriver driver) {
        if (!driver.findElements(By.id("signed-in-user")).isEmpty()) {
            return Seen.PAGE;
        }
        if (!driver.findElements(By.id("login-form")).isEmpty()) {
            return Seen.SIGN_IN_AGAIN;
        }
        if (!driver.findElements(By.id("database-unavailable")).isEmpty()) {
            return Seen.DATABASE_UNAVAILABLE;
        }
        if (!driver.findElements(By.id("server-error")).isEmpty()) {
            return Seen.SERVER_ERROR;
        }
        return null; // not yet
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(60_000);
        }
    }

    /** "PAGE × 40, SIGN_IN_AGAIN × 1" for one phase. */
    String describe(String label) {
        Map<Seen, AtomicInteger> byKind = seen.getOrDefault(label, Map.of());
        if (byKind.isEmpty()) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byKind).forEach((kind, n) -> text.append(text.isEmpty() ? "" : ", ")
                .append(kind.name().toLowerCase().replace('_', ' ')).append(" × ").append(n.get()));
        return text.toString();
    }

    int count(Seen kind) {
        return seen.values().stream().mapToInt(m -> m.getOrDefault(kind, new AtomicInteger()).get()).sum();
    }

    List<String> events() {
        return events;
    }

    @Override
    public void close() {
        browser.close();
    }
}
