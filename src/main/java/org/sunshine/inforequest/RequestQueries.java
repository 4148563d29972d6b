package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.list.BoundedCount;
import org.sunshine.base.list.ListPage;
import org.sunshine.base.list.ListSettings;
import org.sunshine.base.list.ListSize;
import org.sunshine.calendar.Warning;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff lists of applications, paged and filtered in the database and sorted by the deadline running now (the
 * nearest first, ended ones last): a handler sees only their own department's, an inspector (the city's disclosure
 * office) every organ's. The lists carry no personal data but a person's masked name; an applicant's identity
 * number and contact are read in full only by the handling organ's handlers, each time audited.
 */
@Singleton
public class RequestQueries {

    public static final int MAX_EXPORT = 10_000;
    private static final String COLUMNS = "id, request_no, department_id, to_government, channel, applicant_kind, "
            + "applicant_name, description, state, arrived_on, received_on, register_due, reply_due, correction_due, "
            + "fee_due, late_registration, result";

    private final JdbcOperations jdbc;
    private final RequestRepository requests;
    private final RequestDeadlines deadlines;
    private final Organs organs;
    private final AuditLog audit;
    private final RequestTextSearch texts;
    private final ListSettings lists;

    RequestQueries(JdbcOperations jdbc, RequestRepository requests, RequestDeadlines deadlines, Organs organs,
                   AuditLog audit, ListSettings lists, RequestTextSearch texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.lists = lists;
        this.requests = requests;
        this.deadlines = deadlines;
        this.organs = organs;
        this.audit = audit;
    }

    /**
     * An application for another feature's service (the notices to the applicant), which decides what to use of it;
     * never shown to a user as it is.
     */
    @Transactional(readOnly = true)
    public Optional<InfoRequest> find(long id) {
        return requests.findById(id);
    }

    /** One page of the list (pages from 0). */
    @Transactional(readOnly = true)
    public List<RequestRow> search(RequestFilter filter, SignedInUser viewer, int page, int size) {
        if (RequestTextSearch.wanted(filter)) {
            Map<String, String> names = organNames();
            return texts.page(scoped(filter, viewer), deadlines.today(), deadlines.yellowUntil(), page, size,
                    (r, marks) -> row(r, names, marks));
        }
        RequestSearch search = new RequestSearch(scoped(filter, viewer), deadlines.today(), deadlines.yellowUntil());
        String sql = "SELECT " + COLUMNS + " FROM info_request" + search.where() + RequestSearch.orderBy(filter)
                + " LIMIT ? OFFSET ?";
        Map<String, String> names = organNames();
        return jdbc.prepareStatement(sql, s -> {
            int next = search.bind(s);
            s.setInt(next, size);
            s.setLong(next + 1, (long) page * size);
            List<RequestRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(read(r), names));
                }
            }
            return rows;
        });
    }

    /**
     * One page of a list (issue 18): after the key of the row before it when the screen has it (a seek), else from
     * its offset, the ids walked first and the rows read by id (a deferred join). A filter with a text is the word
     * search's.
     */
    @Transactional(readOnly = true)
    public List<RequestRow> page(RequestFilter filter, SignedInUser viewer, ListPage page) {
        if (RequestSearch.hasText(filter)) {
            return page.fromNumbered((number, size) -> search(filter, viewer, number, size));
        }
        RequestSearch search = new RequestSearch(scoped(filter, viewer), deadlines.today(), deadlines.yellowUntil());
        if (page.after() != null) {
            search.after(filter, page.after());
        }
        String order = RequestSearch.orderBy(filter);
        boolean jump = page.after() == null && page.offset() > 0;
        String sql = jump
                ? "SELECT " + COLUMNS + " FROM info_request JOIN (SELECT id FROM info_request" + search.where() + order
                        + " LIMIT ? OFFSET ?) k USING (id)" + order
                : "SELECT " + COLUMNS + " FROM info_request" + search.where() + order + " LIMIT ?";
        Map<String, String> names = organNames();
        return jdbc.prepareStatement(sql, s -> {
            int next = search.bind(s);
            s.setInt(next, page.limit());
            if (jump) {
                s.setLong(next + 1, page.offset());
            }
            List<RequestRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(read(r), names));
                }
            }
            return rows;
        });
    }

    /** How many applications a list holds, as far as it is cheap to know: exact below the lists' cap. */
    @Transactional(readOnly = true)
    public ListSize size(RequestFilter filter, SignedInUser viewer) {
        if (RequestSearch.hasText(filter)) {
            return ListSize.exact(count(filter, viewer));
        }
        RequestSearch search = new RequestSearch(scoped(filter, viewer), deadlines.today(), deadlines.yellowUntil());
        long counted = jdbc.prepareStatement(BoundedCount.sql("FROM info_request" + search.where()), s -> {
            s.setInt(search.bind(s), BoundedCount.limit(lists));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
        return ListSize.bounded(counted, lists.countCap());
    }

    /** A row's place in the lists' order (the deadline running now, then newest first), for the page after it. */
    public static ListPage.Key key(RequestRow row) {
        return new ListPage.Key(row.due(), row.id());
    }

    @Transactional(readOnly = true)
    public long count(RequestFilter filter, SignedInUser viewer) {
        if (RequestTextSearch.wanted(filter)) {
            return texts.count(scoped(filter, viewer), deadlines.today(), deadlines.yellowUntil());
        }
        RequestSearch search = new RequestSearch(scoped(filter, viewer), deadlines.today(), deadlines.yellowUntil());
        return jdbc.prepareStatement("SELECT COUNT(*) FROM info_request" + search.where(), s -> {
            search.bind(s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Whether a word search can be answered now: not while this node's index is being built (the list says so). */
    public boolean wordSearchReady() {
        return texts.ready();
    }

    /**
     * Every organ's open applications past their deadline now, for the dashboard (no viewer: the caller checks); the
     * same count as an inspector's list of open applications marked red.
     */
    @Transactional(readOnly = true)
    public long overdueNow() {
        RequestSearch search = new RequestSearch(RequestFilter.ALL.withStates(RequestFilter.OPEN).withWarning(Warning.RED),
                deadlines.today(), deadlines.yellowUntil());
        return jdbc.prepareStatement("SELECT COUNT(*) FROM info_request" + search.where(), s -> {
            search.bind(s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Everything a filter finds, up to {@link #MAX_EXPORT} rows, for an export (masked as the list). */
    @Transactional(readOnly = true)
    public List<RequestRow> all(RequestFilter filter, SignedInUser viewer) {
        return page(filter, viewer, ListPage.first(MAX_EXPORT));
    }

    /**
     * The applicant's identity number and contact in full, for a handler of the organ handling the application;
     * every call is written to the audit log.
     */
    @Transactional
    public Personal reveal(long id, SignedInUser viewer, @Nullable String clientIp) {
        InfoRequest r = visible(requests.findById(id).orElseThrow(() -> new DomainException("inforequest.error.missing")),
                viewer);
        if (!canReveal(r, viewer)) {
            throw new DomainException("error.notAllowed");
        }
        audit.record(viewer, AuditAction.INFO_REQUEST_PERSONAL_DATA_REVEALED, "info_request", r.getRequestNo(),
                "name, id number, contact", clientIp);
        return new Personal(nz(r.getApplicantName()), nz(r.getIdNumber()), nz(r.getContactPerson()),
                PersonalData.join(nz(r.getPhone()), nz(r.getEmail()), nz(r.getAddress()), nz(r.getPostalCode())));
    }

    /** An applicant's personal data in full. */
    public record Personal(String name, String idNumber, String contactPerson, String contact) {
    }

    /** Only a handler of the organ handling the application may see its applicant's personal data whole. */
    static boolean canReveal(InfoRequest r, SignedInUser viewer) {
        return viewer.is(Role.HANDLER) && r.getDepartmentId().equals(viewer.departmentId());
    }

    /** The application if the viewer may see it: an inspector all, a handler their own department's. */
    static InfoRequest visible(InfoRequest r, SignedInUser viewer) {
        if (viewer.is(Role.INSPECTOR) || canReveal(r, viewer)) {
            return r;
        }
        throw new DomainException("error.notAllowed");
    }

    /** A handler's search is always limited to their department; only inspectors see every organ's. */
    private static RequestFilter scoped(RequestFilter filter, SignedInUser viewer) {
        if (viewer.is(Role.INSPECTOR)) {
            return filter;
        }
        if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
            return filter.withDepartment(viewer.departmentId());
        }
        throw new DomainException("error.notAllowed");
    }

    /** The organs' printed names by {@link Organs.Organ#key()}. */
    private Map<String, String> organNames() {
        Map<String, String> names = new HashMap<>();
        organs.all().forEach(o -> names.put(o.key(), o.name()));
        return names;
    }

    RequestRow row(InfoRequest r) {
        return row(r, organNames());
    }

    private RequestRow row(InfoRequest r, Map<String, String> names) {
        return row(r, names, null);
    }

    private RequestRow row(InfoRequest r, Map<String, String> names, @Nullable org.sunshine.search.Highlight highlight) {
        String key = r.isToGovernment() ? Organs.GOVERNMENT : String.valueOf(r.getDepartmentId());
        String organ = names.get(key);
        if (organ == null) {
            organ = organs.of(r).name(); // an inactive department's old application
        }
        LocalDate due = deadlines.currentDue(r);
        Warning warning = deadlines.warning(r);
        String name = PersonalData.name(r);
        return new RequestRow(r.getId(), r.getRequestNo(), organ, r.getChannel(), r.getApplicantKind(), name,
                r.getDescription(), r.getState(), r.getArrivedOn(), r.getReceivedOn(), due, warning,
                deadlines.usesFallback(due), r.isLateRegistration(), r.getResult(), highlight);
    }

    private static InfoRequest read(ResultSet s) throws SQLException {
        InfoRequest r = new InfoRequest();
        r.setId(s.getLong("id"));
        r.setRequestNo(s.getString("request_no"));
        r.setDepartmentId(s.getLong("department_id"));
        r.setToGovernment(s.getBoolean("to_government"));
        r.setChannel(RequestChannel.valueOf(s.getString("channel")));
        r.setApplicantKind(ApplicantKind.valueOf(s.getString("applicant_kind")));
        r.setApplicantName(s.getString("applicant_name"));
        r.setDescription(s.getString("description"));
        r.setState(RequestState.valueOf(s.getString("state")));
        r.setArrivedOn(date(s, "arrived_on"));
        r.setReceivedOn(date(s, "received_on"));
        r.setRegisterDue(date(s, "register_due"));
        r.setReplyDue(date(s, "reply_due"));
        r.setCorrectionDue(date(s, "correction_due"));
        r.setFeeDue(date(s, "fee_due"));
        r.setLateRegistration(s.getBoolean("late_registration"));
        String result = s.getString("result");
        r.setResult(result == null ? null : ReplyResult.valueOf(result));
        return r;
    }

    @Nullable
    private static LocalDate date(ResultSet s, String column) throws SQLException {
        return s.getObject(column, LocalDate.class);
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
