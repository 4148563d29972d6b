package org.sunshine.base.cluster;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.scheduling.annotation.Scheduled;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes — two application contexts in this JVM — started at the same moment on one empty database, as two
 * application nodes behind a proxy are (docs/architecture.md, "Several nodes"): Flyway migrates once, the start's
 * loading (the calendar, the indicator system, the demo city and its history) happens once, a scheduled job runs on
 * one of them and is taken over when the node holding it dies, and numbers issued on both at once stay gapless.
 * The database is made for the test beside the suite's ({@code <suite's>_nodes}) and dropped after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTest {

    private String url;
    private String user;
    private String password;
    private String database;
    private String serverUrl;
    private ApplicationContext one;
    private ApplicationContext two;

    @BeforeAll
    void startTwoNodesTogether() throws Exception {
        Environment suite = ApplicationContext.builder().environments(Environment.TEST).build().getEnvironment();
        suite.start();
        String suiteUrl;
        try {
            suiteUrl = suite.getRequiredProperty("datasources.default.url", String.class);
            user = suite.getProperty("datasources.default.username", String.class).orElse("root");
            password = suite.getProperty("datasources.default.password", String.class).orElse("");
        } finally {
            suite.stop();
        }
        int slash = suiteUrl.indexOf('/', "jdbc:mysql://".length());
        int query = suiteUrl.indexOf('?', slash);
        String suiteDatabase = suiteUrl.substring(slash + 1, query < 0 ? suiteUrl.length() : query);
        database = suiteDatabase + "_nodes";
        serverUrl = suiteUrl;
        url = suiteUrl.substring(0, slash + 1) + database + (query < 0 ? "" : suiteUrl.substring(query));
        execute("DROP DATABASE IF EXISTS " + database);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");

        CountDownLatch together = new CountDownLatch(1);
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            Future<ApplicationContext> first = starts.submit(() -> node(together, "one"));
            Future<ApplicationContext> second = starts.submit(() -> node(together, "two"));
            together.countDown();
            one = first.get(10, TimeUnit.MINUTES);
            two = second.get(10, TimeUnit.MINUTES);
        } finally {
            starts.shutdownNow();
        }
    }

    private ApplicationContext node(CountDownLatch together, String name) throws Exception {
        together.await();
        return ApplicationContext.builder()
                .environments(Environment.TEST)
                .properties(Map.of(
                        "datasources.default.url", url,
                        // each node its own search index, as on its own machine
                        "sunshine.search.directory", Files.createTempDirectory("sunshine-node-" + name).toString(),
                        "sunshine.search.wait-at-start", "false",
                        // the demo as `mvn mn:run` loads it: the city and a year of history
                        "sunshine.demo-activity", "true"))
                .start();
    }

    @AfterAll
    void stop() throws SQLException {
        for (ApplicationContext node : new ApplicationContext[] {one, two}) {
            if (node != null && node.isRunning()) {
                node.close();
            }
        }
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void flywayMigratedOnce() throws SQLException {
        Map<String, Long> applied = counts("SELECT version, COUNT(*) FROM flyway_schema_history "
                + "WHERE version IS NOT NULL GROUP BY version");
        assertThat(applied).containsKey("44").allSatisfy((version, times) -> assertThat(times).as(version).isOne());
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")).isZero();
    }

    @Test
    void whatTheStartLoadsWasLoadedOnce() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM calendar_year")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM indicator_system")).isOne();
        assertThat(count("SELECT COUNT(*) FROM department")).isEqualTo(28);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'inspector'")).isOne();
        // the demo's year of history (6,000 complaints) and its four complaints made today, once
        assertThat(count("SELECT COUNT(*) FROM complaint")).isBetween(6_000L, 6_100L);
    }

    @Test
    void aJobRunsOnOneNodeAndIsTakenOverWhenItsNodeDies() throws Exception {
        NodeProbe.JOB_RUNS.set(0);
        inParallel(List.of(() -> run(one), () -> run(two)));
        assertThat(NodeProbe.JOB_RUNS.get()).as("runs at the same moment on two nodes").isOne();

        // node one takes the job's lock and dies without releasing it
        Optional<SimpleLock> dead = one.getBean(LockProvider.class)
                .lock(new LockConfiguration(Instant.now(), "test-probe", Duration.ofSeconds(2), Duration.ZERO));
        assertThat(dead).isPresent();
        run(two);
        assertThat(NodeProbe.JOB_RUNS.get()).as("skipped while the dead node's lock holds").isOne();
        Thread.sleep(2_500); // lockAtMostFor
        run(two);
        assertThat(NodeProbe.JOB_RUNS.get()).as("taken over once lockAtMostFor has passed").isEqualTo(2);
    }

    @Test
    void numbersIssuedOnTwoNodesAtOnceStayGapless() throws Exception {
        List<Callable<List<Integer>>> issuers = new ArrayList<>();
        for (ApplicationContext node : List.of(one, two, one, two)) {
            issuers.add(() -> {
                List<Integer> issued = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    issued.add(node.getBean(NodeProbe.class).issue("test:nodes", 2031));
                }
                return issued;
            });
        }
        List<Integer> all = new ArrayList<>();
        inParallel(issuers).forEach(all::addAll);
        Collections.sort(all);
        assertThat(all).as("no gap, no duplicate").isEqualTo(IntStream.rangeClosed(1, 40).boxed().toList());
    }

    @Test
    void everyScheduledJobRunsOnOneNode() {
        List<String> unlocked = new ArrayList<>();
        for (BeanDefinition<?> bean : one.getAllBeanDefinitions()) {
            for (ExecutableMethod<?, ?> method : bean.getExecutableMethods()) {
                String job = method.getDeclaringType().getName() + "." + method.getMethodName();
                if (job.startsWith("org.sunshine.") && method.hasAnnotation(Scheduled.class)
                        && !method.hasAnnotation(SchedulerLock.class) && !unlocked.contains(job)) {
                    unlocked.add(job);
                }
            }
        }
        // the index keeper catches its own node's index up (each node has one); the digest locks inside (DigestDays);
        // Micronaut's own health monitor, if on, watches its own node
        assertThat(unlocked).containsExactlyInAnyOrder("org.sunshine.search.IndexKeeper.onSchedule",
                "org.sunshine.worknotice.DailyDigest.scheduled");
    }

    private static Object run(ApplicationContext node) {
        node.getBean(NodeProbe.class).job();
        return null;
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.put(r.getString(1), r.getLong(2));
            }
        }
        return rows;
    }
}
