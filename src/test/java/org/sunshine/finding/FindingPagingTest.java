package org.sunshine.finding;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.TransactionMode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.list.ListPage;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings' lists paged by key (newest first by filing time, then id) or by offset (issue 18): every finding once,
 * in the order of one plain read of the whole list.
 */
@MicronautTest(transactionMode = TransactionMode.SINGLE_TRANSACTION)
class FindingPagingTest {

    private static final int PAGE = 50;

    @Inject
    FindingQueries queries;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    FindingQueueSizes queueSizes;

    private SignedInUser inspector;

    /** 600 findings in the test's transaction, three filed at each second, the confirmed ones with a rectification. */
    @BeforeEach
    void manyFindings() {
        var user = users.findByUsername("inspector").orElseThrow();
        inspector = new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), null);
        String ids = departments.active().stream().map(DepartmentRow::id).map(String::valueOf).collect(Collectors.joining(", "));
        int count = departments.active().size();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jdbc.prepareStatement("INSERT INTO finding (reference, department_id, issue_type, description, severity, state, "
                + "source, filed_by, filed_by_name, filed_at, updated_at) SELECT CONCAT('JD-PAGING-', seq), "
                + "ELT(1 + seq % " + count + ", " + ids + "), 'LATE', CONCAT('分页测试 ', seq), 'MINOR', "
                + "ELT(1 + seq % 4, 'SUBMITTED', 'RECTIFYING', 'CLOSED', 'DISMISSED'), 'INSPECTOR', " + user.getId()
                + ", '分页', ? - INTERVAL (seq DIV 3) SECOND, ? FROM seq_1_to_600", s -> {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setTimestamp(2, Timestamp.from(now));
                    return s.executeUpdate();
                });
        jdbc.prepareStatement("INSERT INTO rectification (subject_kind, subject_id, department_id, state, started_on, days, "
                + "due_on, created_at, updated_at) SELECT 'finding', id, department_id, IF(state = 'CLOSED', 'ACCEPTED', "
                + "ELT(1 + id % 3, 'RECTIFYING', 'REPORTED', 'RETURNED')), CURRENT_DATE, 20, "
                + "CURRENT_DATE + INTERVAL (id % 9) - 4 DAY, ?, ? FROM finding "
                + "WHERE reference LIKE 'JD-PAGING-%' AND state IN ('RECTIFYING', 'CLOSED')", s -> {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setTimestamp(2, Timestamp.from(now));
                    return s.executeUpdate();
                });
    }

    @Test
    void pagingByKeyOrByOffsetGivesEveryFindingOnceInOrder() {
        Map<String, FindingFilter> filters = Map.of(
                "全部", FindingFilter.ALL,
                "整改中", new FindingFilter(EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED), null, null, null,
                        null, null, false, null),
                "未预警", new FindingFilter(Set.of(), null, null, null, null, Warning.NONE, false, null));
        for (var filter : filters.entrySet()) {
            List<Long> expected = queries.search(filter.getValue(), inspector, 0, 100_000).getContent().stream()
                    .map(FindingRow::id).toList();
            assertThat(expected).as(filter.getKey()).hasSizeGreaterThan(PAGE);
            List<Long> byKeys = new ArrayList<>();
            List<Long> byOffsets = new ArrayList<>();
            ListPage.Key after = null;
            while (true) {
                List<FindingRow> rows = queries.page(filter.getValue(), inspector, new ListPage(byKeys.size(), PAGE, after));
                queries.page(filter.getValue(), inspector, new ListPage(byOffsets.size(), PAGE, null))
                        .forEach(r -> byOffsets.add(r.id()));
                rows.forEach(r -> byKeys.add(r.id()));
                if (rows.size() < PAGE) {
                    break;
                }
                after = FindingQueries.key(rows.get(rows.size() - 1));
            }
            assertThat(byKeys).as(filter.getKey() + ", page after page by key").containsExactlyElementsOf(expected);
            assertThat(byOffsets).as(filter.getKey() + ", every page by its offset").containsExactlyElementsOf(expected);
            assertThat(queries.size(filter.getValue(), inspector)).isEqualTo(expected.size() > 10_000
                    ? org.sunshine.base.list.ListSize.over(10_000) : org.sunshine.base.list.ListSize.exact(expected.size()));
        }
    }

    @Test
    void theQueuesSizesReadTogetherAreEachQueuesOwnCount() {
        var h = users.findByUsername("handler").orElseThrow();
        SignedInUser handler = new SignedInUser(h.getId(), h.getUsername(), h.getDisplayName(), h.getRole(), h.getDepartmentId());
        List<Set<FindingStage>> queues = List.of(EnumSet.of(FindingStage.SUBMITTED), EnumSet.of(FindingStage.REPORTED),
                EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED), EnumSet.of(FindingStage.SUBMITTED, FindingStage.REPORTED));
        Set<FindingStage> open = EnumSet.of(FindingStage.SUBMITTED, FindingStage.REPORTED, FindingStage.RECTIFYING,
                FindingStage.RETURNED);
        for (SignedInUser viewer : List.of(inspector, handler)) {
            var counts = queueSizes.count(open, viewer);
            for (Set<FindingStage> queue : queues) {
                assertThat(counts.size(queue)).as(viewer.username() + ": " + queue)
                        .isEqualTo(queries.size(new FindingFilter(queue, null, null, null, null, null, false, null), viewer));
            }
            assertThat(counts.size(Set.of(FindingStage.CLOSED))).as("a stage not read is counted on its own")
                    .isEqualTo(queries.size(new FindingFilter(Set.of(FindingStage.CLOSED), null, null, null, null, null, false, null), viewer));
        }
        assertThat(queueSizes.count(open, inspector).size(EnumSet.of(FindingStage.REPORTED)).count())
                .as("the 600 findings' rectifications include reports to verify").isGreaterThan(0);
    }
}
