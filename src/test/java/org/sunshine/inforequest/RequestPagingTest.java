package org.sunshine.inforequest;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.TransactionMode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.list.ListPage;
import org.sunshine.base.list.ListSize;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applications' lists at a size they do not count (issue 18), with the cap at 40: paging in pages of 50 by the
 * key of the last row (the deadline running now, then newest first) or by offset gives every application once, in the
 * order of one plain read of the whole list; the size is exact below the cap and "over" above it.
 */
@MicronautTest(transactionMode = TransactionMode.SINGLE_TRANSACTION)
@Property(name = "sunshine.lists.count-cap", value = "40")
class RequestPagingTest {

    private static final int PAGE = 50;

    @Inject
    RequestQueries queries;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;

    private SignedInUser inspector;

    /** 1,500 applications in the test's transaction, in every state, with deadlines around today (many equal). */
    @BeforeEach
    void manyApplications() {
        var user = users.findByUsername("inspector").orElseThrow();
        inspector = new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), null);
        String ids = departments.active().stream().map(DepartmentRow::id).map(String::valueOf).collect(Collectors.joining(", "));
        int count = departments.active().size();
        String states = Arrays.stream(RequestState.values()).map(Enum::name).collect(Collectors.joining("', '", "'", "'"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jdbc.prepareStatement("INSERT INTO info_request (request_no, query_code_hash, query_code_salt, department_id, "
                + "channel, state, applicant_kind, applicant_name, description, form_wanted, delivery, arrived_at, arrived_on, "
                + "register_due, reply_due, correction_due, fee_due, updated_at) SELECT CONCAT('YSPAGING-', LPAD(seq, 6, '0')), "
                + "REPEAT('0', 64), REPEAT('0', 32), ELT(1 + seq % " + count + ", " + ids + "), 'ONLINE', "
                + "ELT(1 + seq % 8, " + states + "), 'PERSON', '分页', CONCAT('分页测试 ', seq), 'PAPER', 'POST', ?, "
                + "CURRENT_DATE, CURRENT_DATE + INTERVAL CAST(seq % 7 AS SIGNED) - 3 DAY, CURRENT_DATE + INTERVAL CAST(seq % 11 AS SIGNED) - 4 DAY, "
                + "CURRENT_DATE + INTERVAL (seq % 5) DAY, CURRENT_DATE + INTERVAL (seq % 6) DAY, ? FROM seq_1_to_1500", s -> {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setTimestamp(2, Timestamp.from(now));
                    return s.executeUpdate();
                });
    }

    @Test
    void pagingByKeyOrByOffsetGivesEveryApplicationOnceInOrder() {
        Map<String, RequestFilter> filters = Map.of(
                "全部", RequestFilter.ALL,
                "办理中", RequestFilter.ALL.withStates(RequestFilter.OPEN),
                "已结束", RequestFilter.ALL.withStates(RequestFilter.ENDED),
                "未预警", RequestFilter.ALL.withWarning(Warning.NONE));
        for (var filter : filters.entrySet()) {
            List<Long> expected = queries.search(filter.getValue(), inspector, 0, 100_000).stream().map(RequestRow::id).toList();
            assertThat(expected).as(filter.getKey()).hasSizeGreaterThan(3 * PAGE);
            List<Long> byKeys = new ArrayList<>();
            List<Long> byOffsets = new ArrayList<>();
            ListPage.Key after = null;
            while (true) {
                List<RequestRow> rows = queries.page(filter.getValue(), inspector, new ListPage(byKeys.size(), PAGE, after));
                List<RequestRow> jumped = queries.page(filter.getValue(), inspector, new ListPage(byOffsets.size(), PAGE, null));
                rows.forEach(r -> byKeys.add(r.id()));
                jumped.forEach(r -> byOffsets.add(r.id()));
                if (rows.size() < PAGE) {
                    break;
                }
                after = RequestQueries.key(rows.get(rows.size() - 1));
            }
            assertThat(byKeys).as(filter.getKey() + ", page after page by key").containsExactlyElementsOf(expected);
            assertThat(byOffsets).as(filter.getKey() + ", every page by its offset").containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aListIsCountedUpToTheCap() {
        long red = queries.count(RequestFilter.ALL.withStates(RequestFilter.OPEN).withWarning(Warning.RED), inspector);
        assertThat(queries.size(RequestFilter.ALL, inspector)).isEqualTo(ListSize.over(40));
        assertThat(queries.size(RequestFilter.ALL.withStates(RequestFilter.OPEN).withWarning(Warning.RED), inspector))
                .isEqualTo(red <= 40 ? ListSize.exact(red) : ListSize.over(40));
        assertThat(queries.size(RequestFilter.ALL.withStates(java.util.Set.of(RequestState.FEE_REQUESTED))
                .withWarning(Warning.RED), inspector)).as("the applicant's clock is never red").isEqualTo(ListSize.exact(0));
    }
}
