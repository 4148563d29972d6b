package org.sunshine.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.security.SignedInUser;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committed, as in production: concurrent writers never fork the chain, and the command an operator runs names the
 * first entry changed with plain SQL and exits non-zero (the change is undone afterwards).
 */
@MicronautTest(startApplication = false, transactional = false)
class AuditChainCommandTest {

    @Inject
    AuditLog audit;
    @Value("${datasources.default.url}")
    String url;
    @Value("${datasources.default.username}")
    String username;
    @Value("${datasources.default.password:}")
    String password;

    @Test
    void eightConcurrentWritersNeverChainOntoTheSameEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int i = 0; i < 15; i++) {
                        audit.record(SignedInUser.SYSTEM, AuditAction.CALENDAR_DAY_CHANGED, "calendar_day",
                                "w" + writer + "-" + i, "concurrent", "");
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT chain_seq, prev_hash FROM audit_log WHERE detail = 'concurrent'")) {
            Set<Long> seqs = new HashSet<>();
            Set<String> previous = new HashSet<>();
            while (rows.next()) {
                seqs.add(rows.getLong(1));
                previous.add(rows.getString(2));
            }
            assertThat(seqs).hasSize(120);
            assertThat(previous).hasSize(120);
        }
        assertThat(command().exit()).isZero();
    }

    @Test
    void theCommandNamesTheFirstChangedEntryAndExitsNonZero() throws Exception {
        audit.record(SignedInUser.SYSTEM, AuditAction.CALENDAR_DAY_CHANGED, "calendar_day", "2026-10-08", "workday -> holiday", "");
        audit.record(SignedInUser.SYSTEM, AuditAction.CALENDAR_DAY_CHANGED, "calendar_day", "2026-10-09", "workday -> holiday", "");
        Result intact = command();
        assertThat(intact.exit()).isZero();
        assertThat(intact.out()).startsWith("审计日志完整：已核验");

        long id;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT id FROM audit_log WHERE target_id = '2026-10-08' ORDER BY id DESC LIMIT 1")) {
                row.next();
                id = row.getLong(1);
            }
            statement.executeUpdate("UPDATE audit_log SET detail = 'workday -> workday' WHERE id = " + id);
            try {
                Result broken = command();
                assertThat(broken.exit()).isEqualTo(1);
                assertThat(broken.out()).contains("第 " + id + " 号记录处断开", "内容在写入后被修改过");
                Result english = command(Locale.ENGLISH);
                assertThat(english.out()).contains("breaks at entry no. " + id, "was changed after it was written");
            } finally {
                statement.executeUpdate("UPDATE audit_log SET detail = 'workday -> holiday' WHERE id = " + id);
            }
        }
        assertThat(command().exit()).isZero();
        assertThat(VerifyAuditChain.run(Map.of(), Locale.CHINESE, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).as("no database given").isEqualTo(2);
    }

    private record Result(int exit, String out) {
    }

    private Result command() {
        return command(Locale.SIMPLIFIED_CHINESE);
    }

    private Result command(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyAuditChain.run(Map.of("DATASOURCES_DEFAULT_URL", url, "DATASOURCES_DEFAULT_USERNAME", username,
                "DATASOURCES_DEFAULT_PASSWORD", password), locale, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(url, username, password);
    }
}
