package org.sunshine.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.ComplaintFilter;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintRow;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a node's index stays current with the database when others change it (issue 18): a row changed directly in the
 * database, as another node would, is found after the catch-up; a rebuild from scratch answers as before. These tests
 * commit (another node's change must be committed to be seen) and put everything back.
 */
@MicronautTest(startApplication = false, transactional = false)
class IndexKeepingTest {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Inject
    TextSearch search;
    @Inject
    IndexKeeper keeper;
    @Inject
    ComplaintQueries queries;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    UserRepository users;

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private void sql(String statement, Object... values) {
        transactions.executeWrite(status -> jdbc.prepareStatement(statement, s -> {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }));
    }

    private <T> T read(String query, ResultReader<T> reader) {
        return transactions.executeRead(status -> jdbc.prepareStatement(query, s -> {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return reader.read(r);
            }
        }));
    }

    private interface ResultReader<T> {
        T read(ResultSet r) throws java.sql.SQLException;
    }

    private long count(String text) {
        return queries.count(new ComplaintFilter(Set.of(), null, null, null, text), staff("inspector"));
    }

    private List<Long> ids(String text) {
        return queries.search(new ComplaintFilter(Set.of(), null, null, null, text), staff("inspector"), 0, 100)
                .getContent().stream().map(ComplaintRow::id).toList();
    }

    /** A complaint written straight into the table, as another node's step would leave it; committed. */
    private long insert(int n, String subject, String content) {
        Timestamp now = new Timestamp(System.currentTimeMillis() / 1000 * 1000);
        sql("INSERT INTO complaint (tracking_code, query_code_hash, query_code_salt, type, channel, state, subject, "
                + "content, submitted_at, accept_start, accept_due, updated_at) VALUES (?, ?, ?, 'COMPLAINT', 'WEB', "
                + "'SUBMITTED', ?, ?, ?, CURRENT_DATE, CURRENT_DATE, ?)", "29990101-00000" + n, "0".repeat(64),
                "0".repeat(32), subject, content, now, now);
        return read("SELECT id FROM complaint WHERE tracking_code = '29990101-00000" + n + "'", r -> r.getLong(1));
    }

    @AfterEach
    void removeTheRowsWritten() {
        sql("DELETE FROM complaint WHERE tracking_code LIKE '29990101-%'");
        // a search that meets a row gone takes it out of the index
        ids("白鹭洲渡口");
        ids("朱雀桥边");
        ids("乌衣巷口");
    }

    @Test
    void aRowWrittenOrChangedDirectlyInTheDatabaseIsFoundAfterTheCatchUp() {
        assertThat(search.awaitCurrent(WAIT)).isTrue();
        long id = insert(1, "渡口路灯不亮", "白鹭洲渡口的路灯坏了三个月。");
        assertThat(count("白鹭洲渡口")).as("not before this node caught up").isZero();

        assertThat(search.awaitCurrent(WAIT)).isTrue();
        assertThat(ids("白鹭洲渡口")).containsExactly(id);

        Timestamp latest = read("SELECT MAX(updated_at) FROM complaint", r -> r.getTimestamp(1));
        sql("UPDATE complaint SET content = ?, updated_at = ? WHERE id = ?", "朱雀桥边的路灯坏了三个月。",
                new Timestamp(latest.getTime() + 1000), id);
        assertThat(search.awaitCurrent(WAIT)).isTrue();
        assertThat(ids("朱雀桥边")).containsExactly(id);
        assertThat(ids("白鹭洲渡口")).as("the old words are gone").isEmpty();

        sql("DELETE FROM complaint WHERE id = ?", id);
        assertThat(ids("朱雀桥边")).as("a row gone is never shown").isEmpty();
        assertThat(count("朱雀桥边")).as("and leaves the index when a search meets it").isZero();
    }

    @Test
    void aRebuildFromScratchAnswersAsBefore() {
        long first = insert(2, "乌衣巷口井盖缺失", "乌衣巷口的井盖缺失，夜里很危险，请尽快公开处理结果。");
        long second = insert(3, "低保名单没有公示", "乌衣巷口社区今年的低保对象名单没有公示。");
        assertThat(search.awaitCurrent(WAIT)).isTrue();
        List<Long> before = ids("乌衣巷口");
        long common = count("公开");
        assertThat(before).containsExactlyInAnyOrder(first, second);

        keeper.startRebuild("test");
        assertThat(search.ready()).as("the old index answers while the new one is built").isTrue();
        assertThat(search.awaitCurrent(WAIT)).isTrue();

        assertThat(ids("乌衣巷口")).containsExactlyElementsOf(before);
        assertThat(count("公开")).isEqualTo(common);
        assertThat(ids("低保 名单")).contains(second);
    }
}
