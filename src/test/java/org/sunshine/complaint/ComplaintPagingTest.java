package org.sunshine.complaint;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.TransactionMode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.list.ListPage;
import org.sunshine.base.list.ListSize;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.UiTest;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint lists at a size they cannot count (issue 18), with the lists' cap set to 40 so that 2,400 complaints
 * are "a million": paging through a list in pages of 50, by the key of the last row or by jumping to an
 * offset, gives every matching complaint exactly once and in order; a quick filter shows its exact count below the cap
 * and "40+" above it; the list queries read the indexes made for them.
 */
@MicronautTest(startApplication = false, transactionMode = TransactionMode.SINGLE_TRANSACTION)
@Property(name = "sunshine.lists.count-cap", value = "40")
class ComplaintPagingTest extends UiTest {

    private static final int PAGE = 50;

    private SignedInUser inspector;

    /**
     * 2,400 complaints in the test's transaction (rolled back after it), nine in ten closed and the others in every
     * state, over the departments and key areas of the demo city, with deadlines around today, three at each second
     * (ties on the sort key everywhere).
     */
    @BeforeEach
    void manyComplaints() {
        inspector = signInAs("inspector");
        List<Long> departments = context.getBean(DepartmentService.class).active().stream().map(DepartmentRow::id).toList();
        List<Long> areas = context.getBean(KeyAreaService.class).list(true).stream().map(KeyAreaRow::id).toList();
        String states = String.join("', '", java.util.Arrays.stream(ComplaintState.values()).map(Enum::name).toList());
        // nine in ten closed, the rest spread over the other states (as a city's year is: a few open, most done)
        String state = "IF(seq % 10 < 9, 'CLOSED', ELT(1 + (seq DIV 10) % 11, '" + states + "'))";
        String sql = "INSERT INTO complaint (tracking_code, query_code_hash, query_code_salt, type, channel, state, "
                + "key_area_id, department_id, subject, content, submitted_at, accept_start, accept_due, handle_start, "
                + "handle_due, updated_at) SELECT CONCAT('PAGING', seq), REPEAT('0', 64), REPEAT('0', 32), 'COMPLAINT', "
                + "'WEB', " + state + ", "
                + "IF(seq % 3 = 0, ELT(1 + seq % " + areas.size() + ", " + join(areas) + "), NULL), "
                + "IF(" + state + " IN ('SUBMITTED', 'ACCEPTED'), NULL, ELT(1 + seq % " + departments.size() + ", "
                + join(departments) + ")), "
                + "CONCAT('分页测试 ', seq), '分页测试', ? - INTERVAL (seq DIV 3) SECOND, CURRENT_DATE, "
                + "CURRENT_DATE + INTERVAL CAST(seq % 9 AS SIGNED) - 4 DAY, "
                + "IF(" + state + " IN ('SUBMITTED', 'ACCEPTED'), NULL, CURRENT_DATE), "
                + "CURRENT_DATE + INTERVAL CAST(seq % 13 AS SIGNED) - 5 DAY, ? "
                + "FROM seq_1_to_2400";
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        context.getBean(JdbcOperations.class).prepareStatement(sql, s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            return s.executeUpdate();
        });
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * Every complaint the viewer may see that the filter would keep (given the complaint and its deadline's mark, as the
     * list's chip shows it), newest first: what the list must show.
     */
    private List<Long> expected(BiPredicate<Complaint, Warning> keep, SignedInUser viewer) {
        ComplaintDeadlines deadlines = context.getBean(ComplaintDeadlines.class);
        return StreamSupport.stream(context.getBean(ComplaintRepository.class).findAll().spliterator(), false)
                .filter(c -> !viewer.is(Role.HANDLER) || viewer.departmentId().equals(c.getDepartmentId()))
                .filter(c -> keep.test(c, deadlines.warning(c)))
                .sorted(Comparator.comparing(Complaint::getSubmittedAt).thenComparing(Complaint::getId).reversed())
                .map(Complaint::getId).toList();
    }

    private List<Long> byKeys(ComplaintFilter filter, SignedInUser viewer) {
        ComplaintQueries queries = context.getBean(ComplaintQueries.class);
        List<Long> ids = new ArrayList<>();
        ListPage.Key after = null;
        while (true) {
            List<ComplaintRow> rows = queries.page(filter, viewer, new ListPage(ids.size(), PAGE, after));
            rows.forEach(r -> ids.add(r.id()));
            if (rows.size() < PAGE) {
                return ids;
            }
            after = ComplaintQueries.key(rows.get(rows.size() - 1));
        }
    }

    private List<Long> byOffsets(ComplaintFilter filter, SignedInUser viewer) {
        return byOffsets(filter, viewer, ListPage.UNKNOWN);
    }

    /** Every page by its offset alone, the list's size known to the screen: the second half read from the end. */
    private List<Long> byOffsets(ComplaintFilter filter, SignedInUser viewer, long total) {
        ComplaintQueries queries = context.getBean(ComplaintQueries.class);
        List<Long> ids = new ArrayList<>();
        while (true) {
            List<ComplaintRow> rows = queries.page(filter, viewer, new ListPage(ids.size(), PAGE, null, total));
            rows.forEach(r -> ids.add(r.id()));
            if (rows.size() < PAGE) {
                return ids;
            }
        }
    }

    @Test
    void pagingThroughAFilteredListGivesEveryMatchingComplaintOnceInOrder() {
        Set<ComplaintState> todo = EnumSet.of(ComplaintState.SUBMITTED, ComplaintState.ACCEPTED,
                ComplaintState.RETURN_REQUESTED, ComplaintState.EXTENSION_REQUESTED);
        long busiest = busiestDepartment();
        Map<String, ComplaintFilter> filters = Map.of(
                "全部", ComplaintFilter.ALL,
                "待办", new ComplaintFilter(todo, null, null, null, null),
                "未预警", new ComplaintFilter(Set.of(), null, null, Warning.NONE, null),
                "已逾期", new ComplaintFilter(Set.of(), null, null, Warning.RED, null),
                "临期", new ComplaintFilter(Set.of(), null, null, Warning.YELLOW, null),
                "一个部门", new ComplaintFilter(Set.of(), busiest, null, null, null),
                "一个部门已办结", new ComplaintFilter(Set.of(ComplaintState.CLOSED), busiest, null, null, null));
        Map<String, BiPredicate<Complaint, Warning>> keep = Map.of(
                "全部", (c, w) -> true,
                "待办", (c, w) -> todo.contains(c.getState()),
                "未预警", (c, w) -> w == Warning.NONE,
                "已逾期", (c, w) -> w == Warning.RED,
                "临期", (c, w) -> w == Warning.YELLOW,
                "一个部门", (c, w) -> Long.valueOf(busiest).equals(c.getDepartmentId()),
                "一个部门已办结", (c, w) -> Long.valueOf(busiest).equals(c.getDepartmentId())
                        && c.getState() == ComplaintState.CLOSED);
        for (var filter : filters.entrySet()) {
            List<Long> expected = expected(keep.get(filter.getKey()), inspector);
            assertThat(byKeys(filter.getValue(), inspector)).as(filter.getKey() + ", page after page by key")
                    .containsExactlyElementsOf(expected);
            assertThat(byOffsets(filter.getValue(), inspector)).as(filter.getKey() + ", every page by its offset")
                    .containsExactlyElementsOf(expected);
            assertThat(byOffsets(filter.getValue(), inspector, expected.size()))
                    .as(filter.getKey() + ", every page by its offset, those past the middle from the end")
                    .containsExactlyElementsOf(expected);
        }
        assertThat(expected((c, w) -> true, inspector)).hasSizeGreaterThan(40 * PAGE);
    }

    /**
     * At a million, a page in the middle of a list the monthly statistics count is placed in its month by them (a
     * skip within the month, not over half the list): with the statistics just refreshed every page lands on exactly
     * the rows of the plain order, for all complaints, a department and a key area, spread over ten months.
     */
    @Test
    void aPageFarDownIsPlacedInItsMonthByTheStatistics() {
        List<Long> departments = context.getBean(DepartmentService.class).active().stream().map(DepartmentRow::id).toList();
        List<Long> areas = context.getBean(KeyAreaService.class).list(true).stream().map(KeyAreaRow::id).toList();
        context.getBean(JdbcOperations.class).prepareStatement("INSERT INTO complaint (tracking_code, query_code_hash, "
                + "query_code_salt, type, channel, state, key_area_id, department_id, subject, content, submitted_at, "
                + "accept_start, accept_due, handle_start, handle_due, updated_at) SELECT CONCAT('MONTHS', seq), "
                + "REPEAT('0', 64), REPEAT('0', 32), 'COMPLAINT', 'WEB', 'CLOSED', ELT(1 + seq % " + areas.size() + ", "
                + join(areas) + "), ELT(1 + seq % 3, " + join(departments.subList(0, 3)) + "), CONCAT('跨月 ', seq), "
                + "'跨月', ? - INTERVAL (seq * 3) HOUR, CURRENT_DATE, CURRENT_DATE, CURRENT_DATE, CURRENT_DATE, ? "
                + "FROM seq_1_to_2400", s -> {
            Timestamp now = Timestamp.from(Instant.now());
            s.setTimestamp(1, now);
            s.setTimestamp(2, now);
            return s.executeUpdate();
        });
        context.getBean(org.sunshine.statistics.StatisticsRefresh.class).rebuild();
        ComplaintTotals totals = context.getBean(ComplaintTotals.class);
        Map<String, ComplaintFilter> filters = Map.of(
                "全部", ComplaintFilter.ALL,
                "一个部门", new ComplaintFilter(Set.of(), departments.get(1), null, null, null),
                "一个重点领域", new ComplaintFilter(Set.of(), null, areas.get(2), null, null));
        Map<String, BiPredicate<Complaint, Warning>> keep = Map.of(
                "全部", (c, w) -> true,
                "一个部门", (c, w) -> departments.get(1).equals(c.getDepartmentId()),
                "一个重点领域", (c, w) -> areas.get(2).equals(c.getKeyAreaId()));
        for (var filter : filters.entrySet()) {
            List<Long> expected = expected(keep.get(filter.getKey()), inspector);
            ComplaintFilter f = filter.getValue();
            assertThat(totals.months(f.departmentId(), f.keyAreaId())).as(filter.getKey() + ": months of it")
                    .hasSizeGreaterThanOrEqualTo(10);
            long total = totals.total(f.departmentId(), f.keyAreaId()).orElseThrow();
            assertThat(total).as(filter.getKey() + ": the statistics count every complaint").isEqualTo(expected.size());
            assertThat(byOffsets(f, inspector, total)).as(filter.getKey() + ", every page placed by its month")
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aHandlerPagesThroughTheirDepartmentOnly() {
        var h = context.getBean(UserRepository.class).findByUsername("handler").orElseThrow();
        SignedInUser handler = new SignedInUser(h.getId(), h.getUsername(), h.getDisplayName(), h.getRole(), h.getDepartmentId());
        List<Long> expected = expected((c, w) -> true, handler);
        assertThat(expected).isNotEmpty();
        assertThat(byKeys(ComplaintFilter.ALL, handler)).containsExactlyElementsOf(expected);
        assertThat(byOffsets(ComplaintFilter.ALL, handler)).containsExactlyElementsOf(expected);
    }

    @Test
    void theGridScrollsOnByKeyAndJumpsByOffsetToTheSameRows() {
        navigate("complaints");
        _click(_get(Button.class, spec -> spec.withId("complaint-states-quick-all")));
        @SuppressWarnings("unchecked")
        Grid<ComplaintRow> grid = _get(Grid.class, spec -> spec.withId("complaints"));
        List<Long> expected = expected((c, w) -> true, inspector);

        assertThat(grid.getDataCommunicator().isDefinedSize()).as("too many to count: an estimate").isFalse();
        List<Long> scrolled = new ArrayList<>();
        for (int offset = 0; offset < 6 * PAGE; offset += PAGE) {
            _fetch(grid, offset, PAGE).forEach(r -> scrolled.add(r.id()));
        }
        assertThat(scrolled).containsExactlyElementsOf(expected.subList(0, 6 * PAGE));
        int middle = expected.size() / 2;
        assertThat(_fetch(grid, middle, PAGE).stream().map(ComplaintRow::id).toList()).as("dragged to the middle")
                .containsExactlyElementsOf(expected.subList(middle, middle + PAGE));
        assertThat(_fetch(grid, middle + PAGE, PAGE).stream().map(ComplaintRow::id).toList()).as("and on from there")
                .containsExactlyElementsOf(expected.subList(middle + PAGE, middle + 2 * PAGE));
        assertThat(_findAll(grid).stream().map(ComplaintRow::id).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void aQuickFilterShowsItsCountBelowTheCapAndSaysMoreAboveIt() {
        ComplaintQueries queries = context.getBean(ComplaintQueries.class);
        long toAssign = queries.count(new ComplaintFilter(Set.of(ComplaintState.ACCEPTED), null, null, null, null), inspector);
        long toAccept = queries.count(new ComplaintFilter(Set.of(ComplaintState.SUBMITTED), null, null, null, null), inspector);
        navigate("complaints");

        assertThat(chip("all")).as("thousands of complaints, more than the cap of 40").isEqualTo("40+");
        assertThat(chip("toAssign")).isEqualTo(toAssign <= 40 ? String.valueOf(toAssign) : "40+");
        assertThat(chip("toAccept")).isEqualTo(toAccept <= 40 ? String.valueOf(toAccept) : "40+");
        assertThat(List.of(toAssign, toAccept)).as("one queue at least is counted exactly").anyMatch(n -> n <= 40);
        assertThat(queries.size(new ComplaintFilter(Set.of(ComplaintState.ACCEPTED), null, null, null, null), inspector))
                .isEqualTo(toAssign <= 40 ? ListSize.exact(toAssign) : ListSize.over(40));
    }

    private String chip(String name) {
        Button chip = _get(Button.class, spec -> spec.withId("complaint-states-quick-" + name));
        return _get(chip, Span.class, spec -> spec.withClasses("quick-count")).getText();
    }

    @Test
    void theListQueriesReadTheIndexesMadeForThem() {
        long busiest = busiestDepartment();
        Map<String, String> plans = Map.of(
                "SELECT id FROM complaint ORDER BY submitted_at DESC, id DESC LIMIT 50 OFFSET 1200",
                "ix_complaint_submitted_list",
                "SELECT id FROM complaint WHERE department_id = " + busiest
                        + " ORDER BY submitted_at DESC, id DESC LIMIT 50 OFFSET 100",
                "ix_complaint_department_list",
                "SELECT id FROM complaint WHERE state IN ('ACCEPTED', 'SUBMITTED') ORDER BY submitted_at DESC, id DESC LIMIT 50",
                "ix_complaint_state_department",
                "SELECT tracking_code FROM complaint WHERE complainant_email = 'someone@example.com'",
                "ix_complaint_email");
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        for (var plan : plans.entrySet()) {
            jdbc.prepareStatement("EXPLAIN " + plan.getKey(), s -> {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertThat(r.getString("key")).as(plan.getKey()).isEqualTo(plan.getValue());
                    if (!plan.getValue().equals("ix_complaint_email")) {
                        assertThat(r.getString("Extra")).as("read from the index alone: " + plan.getKey())
                                .contains("Using index");
                    }
                }
                return null;
            });
        }
    }

    private long busiestDepartment() {
        return StreamSupport.stream(context.getBean(ComplaintRepository.class).findAll().spliterator(), false)
                .filter(c -> c.getDepartmentId() != null)
                .collect(Collectors.groupingBy(Complaint::getDepartmentId, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
