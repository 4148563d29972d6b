package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The list of records, paged and filtered in the database, newest publication first: a handler sees their own
 * department's only, inspectors, leaders and administrators every department's. And one record's page.
 */
@Singleton
public class RecordQueries {

    private static final String COLUMNS = "id, department_id, title, doc_number, category, item_id, formed_on, "
            + "published_on, due_on, late, channel, channel_note, link_state";

    private final JdbcOperations jdbc;
    private final RecordRepository records;
    private final RecordClock recordClock;
    private final DepartmentService departments;
    private final ResponsibilityService items;

    RecordQueries(JdbcOperations jdbc, RecordRepository records, RecordClock recordClock,
                  DepartmentService departments, ResponsibilityService items) {
        this.jdbc = jdbc;
        this.records = records;
        this.recordClock = recordClock;
        this.departments = departments;
        this.items = items;
    }

    /** Whether the user may see records at all: a handler (their department's), an inspector, a leader, an admin. */
    public static boolean mayView(SignedInUser viewer) {
        return viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER) || viewer.is(Role.ADMIN)
                || (viewer.is(Role.HANDLER) && viewer.departmentId() != null);
    }

    /** One page of the list (pages from 0). */
    @Transactional(readOnly = true)
    public List<RecordRow> search(RecordFilter filter, SignedInUser viewer, int page, int size) {
        RecordSearch search = new RecordSearch(scoped(filter, viewer));
        String sql = "SELECT " + COLUMNS + " FROM disclosure_record" + search.where()
                + " ORDER BY published_on DESC, id DESC LIMIT ? OFFSET ?";
        Map<Long, String> names = departmentNames();
        Map<Long, ResponsibilityRow> itemRows = itemRows();
        return jdbc.prepareStatement(sql, s -> {
            int next = search.bind(s);
            s.setInt(next, size);
            s.setLong(next + 1, (long) page * size);
            List<RecordRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r, names, itemRows));
                }
            }
            return rows;
        });
    }

    @Transactional(readOnly = true)
    public long count(RecordFilter filter, SignedInUser viewer) {
        RecordSearch search = new RecordSearch(scoped(filter, viewer));
        return jdbc.prepareStatement("SELECT COUNT(*) FROM disclosure_record" + search.where(), s -> {
            search.bind(s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** One record as its page shows it, if the viewer may see it. */
    @Transactional(readOnly = true)
    public RecordDetail detail(long id, SignedInUser viewer) {
        DisclosureRecord r = records.findById(id).orElseThrow(() -> new DomainException("proactive.error.notFound"));
        if (!mayView(viewer) || (viewer.is(Role.HANDLER) && r.getDepartmentId() != viewer.departmentId())) {
            throw new DomainException("error.notAllowed");
        }
        String department = departments.row(r.getDepartmentId()).map(DepartmentRow::name).orElse("");
        ResponsibilityRow item = r.getItemId() == null ? null : itemRows().get(r.getItemId());
        return new RecordDetail(r, department, item, recordClock.timeliness(r),
                Records.mayRecord(viewer, r.getDepartmentId()));
    }

    /** A handler's search is always their department's. */
    private static RecordFilter scoped(RecordFilter filter, SignedInUser viewer) {
        if (!mayView(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        return viewer.is(Role.HANDLER) ? filter.withDepartment(viewer.departmentId()) : filter;
    }

    private Map<Long, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(DepartmentRow::id, DepartmentRow::name));
    }

    private Map<Long, ResponsibilityRow> itemRows() {
        return items.list(true).stream().collect(Collectors.toMap(ResponsibilityRow::id, Function.identity()));
    }

    private RecordRow row(ResultSet r, Map<Long, String> names, Map<Long, ResponsibilityRow> itemRows)
            throws SQLException {
        long departmentId = r.getLong("department_id");
        long itemId = r.getLong("item_id");
        ResponsibilityRow item = r.wasNull() ? null : itemRows.get(itemId);
        LocalDate published = r.getObject("published_on", LocalDate.class);
        LocalDate due = r.getObject("due_on", LocalDate.class);
        boolean late = r.getBoolean("late");
        return new RecordRow(r.getLong("id"), departmentId, names.getOrDefault(departmentId, ""), r.getString("title"),
                r.getString("doc_number"), RecordCategory.valueOf(r.getString("category")),
                item == null ? null : item.seqNo(), item == null ? null : item.title(),
                r.getObject("formed_on", LocalDate.class), published, due, late,
                late ? recordClock.lateDays(published, due) : 0, Channel.valueOf(r.getString("channel")),
                r.getString("channel_note"), LinkState.valueOf(r.getString("link_state")));
    }

    /**
     * A record with what its page shows beside it.
     *
     * @param item     its responsibility item, if any
     * @param mayEdit  the viewer may change or remove it
     */
    public record RecordDetail(DisclosureRecord record, String departmentName, @Nullable ResponsibilityRow item,
                               Timeliness timeliness, boolean mayEdit) {
    }
}
