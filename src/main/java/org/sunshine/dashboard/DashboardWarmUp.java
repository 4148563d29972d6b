package org.sunshine.dashboard;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.web.Readiness;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.statistics.StatisticsRefresh;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * After a start, reads once in the background what the dashboard shows on its default period, so that the first
 * person to open it does not pay for the cold start alone — the pool's connections, the statements and their plans,
 * the database's pages, the code compiled — (issue 18: at a million complaints the first open after a restart took
 * 5.8 s of server time, the next 2.5 s, a warm one 0.6 s). It first waits for the monthly statistics when they are
 * being computed for the first time, then reads them five times, each time also building the dashboard's page outside
 * any request ({@link Page}): with fewer rounds the page's code was still partly interpreted at the first open (two
 * rounds: 443 ms against 313 for the next; five: 287 against 306 — docs/performance.md);
 * until it is done the node says it is not ready ({@link Readiness}), so a load balancer sends it nobody yet. On when
 * the statistics' scheduled refresh is ({@code sunshine.statistics.scheduled-refresh}; off in tests).
 */
@Singleton
public class DashboardWarmUp {

    /** A page built after the figures in each round (the dashboard's own, in {@code dashboard.ui}). */
    public interface Page {
        void build(SignedInUser reader);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DashboardWarmUp.class);
    /** Reads as an inspector would; nothing is written. */
    private static final SignedInUser READER = new SignedInUser(0, "system", "system", Role.INSPECTOR, null);

    private static final String NAME = "dashboard";
    private static final int ROUNDS = 5;

    private final Dashboard dashboard;
    private final Headlines headlines;
    private final ProactiveBoard proactive;
    private final StatisticsRefresh statistics;
    private final Readiness readiness;
    private final List<Page> pages;
    private final ExecutorService background;
    private final boolean enabled;

    DashboardWarmUp(Dashboard dashboard, Headlines headlines, ProactiveBoard proactive, StatisticsRefresh statistics,
                    Readiness readiness, List<Page> pages, @Named(TaskExecutors.IO) ExecutorService background,
                    @Value("${sunshine.statistics.scheduled-refresh:true}") boolean enabled) {
        this.dashboard = dashboard;
        this.headlines = headlines;
        this.proactive = proactive;
        this.statistics = statistics;
        this.readiness = readiness;
        this.pages = pages;
        this.background = background;
        this.enabled = enabled;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        if (enabled) {
            readiness.warming(NAME);
            background.execute(() -> {
                try {
                    awaitStatistics();
                    for (int round = 0; round < ROUNDS; round++) {
                        warmUp();
                    }
                } finally {
                    readiness.warmed(NAME);
                }
            });
        }
    }

    /** While the statistics are computed for the first time (at most as long as the node waits to be ready). */
    private void awaitStatistics() {
        try {
            while (statistics.building() && !readiness.ready()) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void warmUp() {
        long started = System.nanoTime();
        try {
            dashboard.defaultPeriod(READER).ifPresent(period -> {
                Dashboard.Filter filter = new Dashboard.Filter(period.getId(), null, null);
                headlines.of(filter, READER, dashboard.overdue(filter, READER));
                dashboard.ranking(filter, READER);
                dashboard.trend(filter, READER);
                dashboard.complaintsByMonth(filter, READER);
                dashboard.rates(filter, READER);
                dashboard.findings(filter, READER);
                dashboard.bulletins(filter, READER);
                proactive.overdue(filter, READER);
                proactive.byDepartment(filter, READER);
            });
            pages.forEach(page -> page.build(READER));
            LOG.info("Dashboard figures read and its page built after the start ({} ms)",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Reading the dashboard's figures after the start failed; the first open reads them", e);
        }
    }
}
