package org.sunshine.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log as an attacker with the application's database account would try it: every entry is chained to the
 * one before, and an entry changed, removed or slipped in with plain SQL is named by the check. Rolled back.
 */
@MicronautTest(startApplication = false)
class AuditChainTest {

    @Inject
    AuditLog audit;
    @Inject
    JdbcOperations jdbc;
    @Inject
    ApplicationContext context;

    private record Stored(long id, long seq, String prev, String hash) {
    }

    @Test
    void eachEntryIsChainedToTheOneBeforeAndTheWholeLogChecksOut() {
        SignedInUser admin = admin();
        for (int i = 0; i < 3; i++) {
            audit.record(admin, AuditAction.USER_UPDATED, "user", 7, "第 " + i + " 次修改", "10.0.0.1");
        }
        List<Stored> last = last(3);
        assertThat(last.get(1).seq()).isEqualTo(last.get(0).seq() + 1);
        assertThat(last.get(2).seq()).isEqualTo(last.get(1).seq() + 1);
        assertThat(last.get(1).prev()).isEqualTo(last.get(0).hash());
        assertThat(last.get(2).prev()).isEqualTo(last.get(1).hash());
        assertThat(last.get(2).hash()).matches("[0-9a-f]{64}");

        ChainCheck check = audit.verify(admin, "10.0.0.1");
        assertThat(check.isIntact()).isTrue();
        assertThat(check.entries()).isEqualTo(count() - 1); // the check itself is the newest entry
        assertThat(audit.verify(admin, "10.0.0.1").isIntact()).as("the entry of the check chains on too").isTrue();
    }

    @Test
    void anEntryChangedWithPlainSqlIsNamed() {
        SignedInUser admin = admin();
        for (int i = 0; i < 3; i++) {
            audit.record(admin, AuditAction.USER_DISABLED, "user", 8, "停用 " + i, "10.0.0.2");
        }
        Stored middle = last(3).get(1);
        sql("UPDATE audit_log SET detail = '什么也没发生' WHERE id = " + middle.id());
        ChainCheck check = audit.verify(admin, "");
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.ALTERED);
        assertThat(check.entryId()).isEqualTo(middle.id());
        assertThat(check.entries()).isEqualTo(middle.seq() - 1);
    }

    @Test
    void anAttackerWhoRecomputesTheChangedEntrysHashBreaksTheLinkToTheNext() {
        SignedInUser admin = admin();
        for (int i = 0; i < 3; i++) {
            audit.record(admin, AuditAction.USER_PASSWORD_RESET, "user", 9, "重置 " + i, "10.0.0.3");
        }
        List<Stored> last = last(3);
        sql("UPDATE audit_log SET detail = '', entry_hash = '" + "f".repeat(64) + "' WHERE id = " + last.get(1).id());
        ChainCheck check = audit.verify(admin, "");
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.ALTERED);
        assertThat(check.entryId()).isEqualTo(last.get(1).id());
        // and with the hash right, the next entry no longer follows it
        Stored changed = last.get(1);
        String rehashed = jdbc.prepareStatement("SELECT * FROM audit_log WHERE id = " + changed.id(), ps -> {
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return ChainHash.of(r.getString("prev_hash"), new ChainHash.Content(r.getLong("chain_seq"),
                        r.getObject("occurred_at", LocalDateTime.class), r.getObject("actor_id", Long.class),
                        r.getString("actor_name"), r.getString("action"), r.getString("target_type"),
                        r.getString("target_id"), r.getString("detail"), r.getString("client_ip")));
            }
        });
        sql("UPDATE audit_log SET entry_hash = '" + rehashed + "' WHERE id = " + changed.id());
        check = audit.verify(admin, "");
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.UNLINKED);
        assertThat(check.entryId()).isEqualTo(last.get(2).id());
    }

    @Test
    void removedEntriesAreNamedInTheMiddleAndAtTheEnd() {
        SignedInUser admin = admin();
        for (int i = 0; i < 4; i++) {
            audit.record(admin, AuditAction.USER_ENABLED, "user", 10, "启用 " + i, "");
        }
        List<Stored> last = last(4);
        sql("DELETE FROM audit_log WHERE id = " + last.get(1).id());
        ChainCheck check = audit.verify(admin, "");
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.UNLINKED);
        assertThat(check.entryId()).isEqualTo(last.get(2).id());

        sql("DELETE FROM audit_log WHERE id >= " + last.get(1).id());
        check = jdbc.execute(ChainVerifier::verify);
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.TAIL_REMOVED);
        assertThat(check.entryId()).isEqualTo(last.get(0).id());
    }

    @Test
    void anEntryWrittenOutsideTheChainIsNamed() {
        sql("INSERT INTO audit_log (occurred_at, actor_name, action, chain_seq, prev_hash, entry_hash)"
                + " VALUES ('2026-01-01 00:00:00', 'intruder', 'LOGIN_SUCCEEDED', 0, 'x', 'y')");
        long id = jdbc.prepareStatement("SELECT id FROM audit_log WHERE actor_name = 'intruder'", ps -> {
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
        ChainCheck check = jdbc.execute(ChainVerifier::verify);
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.FOREIGN);
        assertThat(check.entryId()).isEqualTo(id);
    }

    @Test
    void longTextsAreCutToTheirColumnsRatherThanRefused() {
        String name = "用户".repeat(40);
        audit.record((Long) null, name, AuditAction.LOGIN_FAILED, "user", "x".repeat(100), "说明".repeat(600), "1.2.3.4");
        AuditEntry entry = audit.newestFirst(0, 1).getContent().get(0);
        assertThat(entry.actorName()).hasSize(60);
        assertThat(entry.targetId()).hasSize(64);
        assertThat(entry.detail()).hasSize(1000);
        assertThat(jdbc.execute(ChainVerifier::verify).isIntact()).isTrue();
        assertThat(AuditLog.cut("a😀b", 2)).isEqualTo("a😀");
    }

    @Test
    void theLogIsSearchedByWhoWhatWhichRecordAndWhen() {
        SignedInUser admin = admin();
        audit.record((Long) null, "filter.alice", AuditAction.LOGIN_FAILED, "user", 501, "wrong password", "10.1.1.1");
        audit.record((Long) null, "filter.bob", AuditAction.LOGIN_FAILED, "user", 502, "wrong password", "10.1.1.2");
        audit.record((Long) null, "filter.alice", AuditAction.DEPARTMENT_UPDATED, "department", 12, "name", "10.1.1.1");

        assertThat(actors(new AuditFilter("filter.al", null, null, null, null, null), admin))
                .containsExactly("filter.alice", "filter.alice");
        assertThat(audit.search(new AuditFilter("filter.", AuditAction.LOGIN_FAILED, null, null, null, null), 0, 50, admin))
                .extracting(AuditEntry::targetId).containsExactly("502", "501");
        assertThat(audit.search(new AuditFilter(null, null, "user", "502", null, null), 0, 50, admin))
                .extracting(AuditEntry::actorName).containsExactly("filter.bob");
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        assertThat(audit.count(new AuditFilter("filter.", null, null, null, today, today), admin)).isEqualTo(3);
        assertThat(audit.count(new AuditFilter("filter.", null, null, null, today.plusDays(1), null), admin)).isZero();
        assertThat(audit.count(new AuditFilter("filter.", null, null, null, null, today.minusDays(1)), admin)).isZero();
        assertThat(audit.targetTypes()).contains("user", "department");
    }

    @Test
    void theExportIsAuditedAndOnlyAnAdministratorSearchesExportsOrChecks() {
        SignedInUser admin = admin();
        audit.record((Long) null, "export.carol", AuditAction.LOGIN_FAILED, "user", 601, "wrong password", "");
        List<AuditEntry> rows = audit.export(new AuditFilter("export.carol", null, null, null, null, null), admin, "10.9.9.9");
        assertThat(rows).extracting(AuditEntry::actorName).containsExactly("export.carol");
        AuditEntry exported = audit.newestFirst(0, 1).getContent().get(0);
        assertThat(exported.action()).isEqualTo(AuditAction.AUDIT_EXPORTED);
        assertThat(exported.actorName()).isEqualTo("admin");
        assertThat(exported.detail()).contains("1 rows", "actor=export.carol");
        assertThat(exported.clientIp()).isEqualTo("10.9.9.9");

        SignedInUser inspector = new AssessmentFixture(context).user("inspector");
        assertThatThrownBy(() -> audit.search(AuditFilter.ALL, 0, 10, inspector)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> audit.export(AuditFilter.ALL, inspector, "")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> audit.verify(inspector, "")).isInstanceOf(DomainException.class);
    }

    private List<String> actors(AuditFilter filter, SignedInUser viewer) {
        return audit.search(filter, 0, 50, viewer).stream().map(AuditEntry::actorName).toList();
    }

    private SignedInUser admin() {
        return new AssessmentFixture(context).user("admin");
    }

    private List<Stored> last(int n) {
        List<Stored> rows = jdbc.prepareStatement("SELECT id, chain_seq, prev_hash, entry_hash FROM audit_log"
                + " ORDER BY chain_seq DESC LIMIT " + n, ps -> {
            List<Stored> found = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    found.add(new Stored(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4)));
                }
            }
            return found;
        });
        java.util.Collections.reverse(rows);
        return rows;
    }

    private long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM audit_log", ps -> {
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private void sql(String statement) {
        jdbc.prepareStatement(statement, PreparedStatement::executeUpdate);
    }
}
