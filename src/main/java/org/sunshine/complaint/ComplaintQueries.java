package org.sunshine.complaint;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.list.ListPage;
import org.sunshine.base.list.ListSize;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DirectoryNames.Names;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.search.Highlight;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What staff read: the lists (inspectors and leaders see every item, a handler only their department's), one
 * item with its history, and — audited — a complainant's unmasked identity.
 */
@Singleton
public class ComplaintQueries {

    public static final int MAX_EXPORT = 10_000;
    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
    private static final Sort NEAREST_FIRST = Sort.of(Sort.Order.asc("handleDue"), Sort.Order.asc("id"));

    private final ComplaintRepository complaints;
    private final History history;
    private final AttachmentRepository attachments;
    private final KeyAreaService areas;
    private final ComplaintDeadlines deadlines;
    private final AuditLog audit;
    private final ResponsibilityService responsibilities;
    private final DirectoryNames directoryNames;
    private final ComplaintTextSearch texts;
    private final ComplaintList list;

    public ComplaintQueries(ComplaintRepository complaints, History history, AttachmentRepository attachments,
                            KeyAreaService areas, ComplaintDeadlines deadlines, AuditLog audit,
                            ResponsibilityService responsibilities, DirectoryNames directoryNames, ComplaintList list,
                            ComplaintTextSearch texts) {
        this.directoryNames = directoryNames;
        this.list = list;
        this.texts = texts;
        this.responsibilities = responsibilities;
        this.complaints = complaints;
        this.history = history;
        this.attachments = attachments;
        this.areas = areas;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<ComplaintRow> search(ComplaintFilter filter, SignedInUser viewer, int page, int size) {
        if (ComplaintTextSearch.wanted(filter)) {
            Names names = directoryNames.read();
            return texts.page(scoped(filter, viewer), page, size, (c, marks) -> row(c, names, marks));
        }
        Page<Complaint> found = complaints.findAll(specification(scoped(filter, viewer)), Pageable.from(page, size, NEWEST_FIRST));
        Names names = directoryNames.read();
        return found.map(c -> row(c, names));
    }

    @Transactional(readOnly = true)
    public long count(ComplaintFilter filter, SignedInUser viewer) {
        if (ComplaintTextSearch.wanted(filter)) {
            return texts.count(scoped(filter, viewer));
        }
        return complaints.count(specification(scoped(filter, viewer)));
    }

    /** Whether a word search can be answered now: not while this node's index is being built (the list says so). */
    public boolean wordSearchReady() {
        return texts.ready();
    }

    /**
     * One page of a list, newest first (issue 18): after the key of the row before it when the screen has it, else
     * from its offset. A filter with a text is the word search's ({@link #search}, {@link #count}).
     */
    @Transactional(readOnly = true)
    public List<ComplaintRow> page(ComplaintFilter filter, SignedInUser viewer, ListPage page) {
        ComplaintFilter scoped = scoped(filter, viewer);
        if (hasText(scoped)) {
            return page.fromNumbered((number, size) -> search(scoped, viewer, number, size).getContent());
        }
        List<Long> ids = list.ids(scoped, page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Complaint> found = complaints.findByIdInList(ids).stream()
                .collect(Collectors.toMap(Complaint::getId, Function.identity()));
        Names names = directoryNames.read();
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).map(c -> row(c, names)).toList();
    }

    /** How many complaints a list holds, as far as it is cheap to know: exact below the lists' cap. */
    @Transactional(readOnly = true)
    public ListSize size(ComplaintFilter filter, SignedInUser viewer) {
        ComplaintFilter scoped = scoped(filter, viewer);
        return hasText(scoped) ? ListSize.exact(count(scoped, viewer)) : list.size(scoped);
    }

    /** A row's place in the lists' order (newest first), for the page after it. */
    public static ListPage.Key key(ComplaintRow row) {
        return new ListPage.Key(row.submittedAt(), row.id());
    }

    private static boolean hasText(ComplaintFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    /**
     * A department's complaints on its handling clock, the nearest deadline first (the workbench's list by deadline);
     * empty for anyone but a department's handler.
     */
    @Transactional(readOnly = true)
    public List<ComplaintRow> nearestDue(SignedInUser viewer, int limit) {
        if (!viewer.is(Role.HANDLER) || viewer.departmentId() == null) {
            return List.of();
        }
        ComplaintFilter onTheClock = new ComplaintFilter(WITH_DEPARTMENT, viewer.departmentId(), null, null, null);
        Names names = directoryNames.read();
        return complaints.findAll(specification(onTheClock), Pageable.from(0, limit, NEAREST_FIRST)).getContent()
                .stream().map(c -> row(c, names)).toList();
    }

    /** Everything a filter finds, up to {@link #MAX_EXPORT} rows, for an export. */
    @Transactional(readOnly = true)
    public List<ComplaintRow> all(ComplaintFilter filter, SignedInUser viewer) {
        return page(filter, viewer, ListPage.first(MAX_EXPORT));
    }

    @Transactional(readOnly = true)
    public ComplaintDetail detail(long id, SignedInUser viewer) {
        Complaint c = visible(id, viewer);
        Names names = directoryNames.read();
        var steps = history.of(ComplaintWorkflow.TABLE, id);
        Set<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
        try {
            Actor actor = ComplaintHandling.actorOf(viewer, c);
            actions.addAll(ComplaintWorkflow.available(c.getState(), actor, c.extensionUsed(), c.isReopened()));
        } catch (DomainException notAllowed) {
            // a leader, or a handler of another department: read only
        }
        return new ComplaintDetail(row(c, names), c.getContent(), names.department(c.getRequestedDepartmentId()),
                c.getDepartmentId(), Masking.name(c.getComplainantName()), Masking.phone(c.getComplainantPhone()),
                Masking.email(c.getComplainantEmail()), c.anonymous(), c.isConsentDisclose(), canReveal(c, viewer), c.getReplyText(), c.getRepliedAt(),
                c.getRating(), c.getRatingComment(), c.getRejectReason(), c.getAcceptDue(), c.getHandleDue(),
                c.getRatingDue(), c.getExtensionDays(), c.getRequestedExtensionDays(), c.isReopened(), steps,
                attachments.findInfos(id), actions);
    }

    /** The complainant's name, phone and e-mail address in full; every call is written to the audit log. */
    @Transactional
    public Identity revealIdentity(long id, SignedInUser viewer, String clientIp) {
        Complaint c = visible(id, viewer);
        if (!canReveal(c, viewer)) {
            throw new DomainException("error.notAllowed");
        }
        audit.record(viewer, AuditAction.PERSONAL_DATA_VIEWED, "complaint", c.getTrackingCode(),
                c.getComplainantEmail() == null ? "name, phone" : "name, phone, email", clientIp);
        return new Identity(c.getComplainantName() == null ? "" : c.getComplainantName(),
                c.getComplainantPhone() == null ? "" : c.getComplainantPhone(),
                c.getComplainantEmail() == null ? "" : c.getComplainantEmail());
    }

    /** A complainant's identity in full. */
    public record Identity(String name, String phone, String email) {
    }

    /**
     * A complaint for another feature's service (reviews, findings, the API), which checks who may see what; never
     * shown to a user as it is.
     */
    @Transactional(readOnly = true)
    public Optional<Complaint> find(long id) {
        return complaints.findById(id);
    }

    /** The replies waiting for a rating whose window ends on {@code day} (for the reminder the day before). */
    @Transactional(readOnly = true)
    public List<Complaint> ratingDueOn(LocalDate day) {
        return complaints.findByStateAndRatingDue(ComplaintState.REPLIED, day);
    }

    /** How many complaints there are in all, whoever may see them (the demo asks before it writes its history). */
    @Transactional(readOnly = true)
    public long total() {
        return complaints.count();
    }

    /** How many complaints a complainant of this name filed (the demo asks, so that a restart adds nothing twice). */
    @Transactional(readOnly = true)
    public long countByComplainant(String name) {
        return complaints.count((root, cb) -> cb.equal(root.get("complainantName"), name));
    }

    /** A complaint by its tracking code, for the API, which shows only what the public may see. */
    @Transactional(readOnly = true)
    public Optional<Complaint> byTrackingCode(String trackingCode) {
        return complaints.findByTrackingCode(trackingCode);
    }

    /** A file of the item, if the viewer may see the item. */
    @Transactional(readOnly = true)
    public ComplaintAttachment attachment(long complaintId, long attachmentId, SignedInUser viewer) {
        visible(complaintId, viewer);
        return attachments.findById(attachmentId).filter(a -> a.complaintId() == complaintId)
                .orElseThrow(() -> new DomainException("complaint.error.missing"));
    }

    /**
     * Departments to route an item to, best first: the one the complainant named, the key area's lead, and the
     * lead departments of the responsibility table's items in that key area.
     */
    @Transactional(readOnly = true)
    public List<Long> suggestedDepartments(long id) {
        Complaint c = complaints.findById(id).orElseThrow(() -> new DomainException("complaint.error.missing"));
        List<Long> suggested = new ArrayList<>();
        if (c.getRequestedDepartmentId() != null) {
            suggested.add(c.getRequestedDepartmentId());
        }
        if (c.getKeyAreaId() != null) {
            areas.row(c.getKeyAreaId()).map(KeyAreaRow::leadDepartmentId).ifPresent(suggested::add);
            responsibilities.list(false).stream()
                    .filter(r -> c.getKeyAreaId().equals(r.keyAreaId()))
                    .forEach(r -> r.leads().forEach(d -> suggested.add(d.id())));
        }
        return suggested.stream().distinct().toList();
    }

    private Complaint visible(long id, SignedInUser viewer) {
        Complaint c = complaints.findById(id).orElseThrow(() -> new DomainException("complaint.error.missing"));
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER)) {
            return c;
        }
        if (viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId().equals(c.getDepartmentId())) {
            return c;
        }
        throw new DomainException("error.notAllowed");
    }

    private static boolean canReveal(Complaint c, SignedInUser viewer) {
        if (c.anonymous()) {
            return false;
        }
        return viewer.is(Role.INSPECTOR) || (viewer.is(Role.HANDLER) && c.isConsentDisclose()
                && viewer.departmentId() != null && viewer.departmentId().equals(c.getDepartmentId()));
    }

    /** A handler's search is always limited to their department; only inspectors and leaders see everything. */
    private static ComplaintFilter scoped(ComplaintFilter filter, SignedInUser viewer) {
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER)) {
            return filter;
        }
        if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
            return new ComplaintFilter(filter.states(), viewer.departmentId(), filter.keyAreaId(), filter.warning(), filter.text());
        }
        throw new DomainException("error.notAllowed");
    }

    private PredicateSpecification<Complaint> specification(ComplaintFilter filter) {
        LocalDate today = deadlines.today();
        LocalDate yellowUntil = deadlines.yellowUntil();
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.states() != null && !filter.states().isEmpty()) {
                all.add(root.get("state").in(filter.states()));
            }
            if (filter.departmentId() != null) {
                all.add(cb.equal(root.get("departmentId"), filter.departmentId()));
            }
            if (filter.keyAreaId() != null) {
                all.add(cb.equal(root.get("keyAreaId"), filter.keyAreaId()));
            }
            if (ComplaintTextSearch.isTrackingCode(filter.text())) {
                // a whole tracking code: its unique key (words are searched in the index, ComplaintTextSearch)
                all.add(cb.equal(root.get("trackingCode"), filter.text().strip()));
            }
            if (filter.warning() == Warning.RED) {
                all.add(cb.or(
                        cb.and(root.get("state").in(BEFORE_ROUTING), cb.lessThan(root.get("acceptDue"), today)),
                        cb.and(root.get("state").in(WITH_DEPARTMENT), cb.lessThan(root.get("handleDue"), today))));
            } else if (filter.warning() == Warning.YELLOW) {
                all.add(cb.or(
                        cb.and(root.get("state").in(BEFORE_ROUTING), cb.between(root.get("acceptDue"), today, yellowUntil)),
                        cb.and(root.get("state").in(WITH_DEPARTMENT), cb.between(root.get("handleDue"), today, yellowUntil))));
            } else if (filter.warning() == Warning.NONE) {
                all.add(cb.or(
                        root.get("state").in(OFF_THE_CLOCK),
                        cb.and(root.get("state").in(BEFORE_ROUTING), cb.greaterThan(root.get("acceptDue"), yellowUntil)),
                        cb.and(root.get("state").in(WITH_DEPARTMENT), cb.greaterThan(root.get("handleDue"), yellowUntil))));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new)); // null: no WHERE (Micronaut Data 4.14 renders an empty conjunction as a bare WHERE)
        };
    }

    static final Set<ComplaintState> BEFORE_ROUTING = Arrays.stream(ComplaintState.values())
            .filter(ComplaintState::beforeRouting).collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintState.class)));
    static final Set<ComplaintState> WITH_DEPARTMENT = Arrays.stream(ComplaintState.values())
            .filter(ComplaintState::withDepartment).collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintState.class)));
    /** States in which no staff clock runs: never marked. */
    static final Set<ComplaintState> OFF_THE_CLOCK = Arrays.stream(ComplaintState.values())
            .filter(s -> !s.beforeRouting() && !s.withDepartment())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintState.class)));

    private ComplaintRow row(Complaint c, Names names) {
        return row(c, names, null);
    }

    private ComplaintRow row(Complaint c, Names names, @io.micronaut.core.annotation.Nullable Highlight highlight) {
        LocalDate due = deadlines.currentDue(c);
        return new ComplaintRow(c.getId(), c.getTrackingCode(), c.getType(), c.getSubject(), c.getState(),
                c.getChannel(), names.department(c.getDepartmentId()), names.area(c.getKeyAreaId()), c.getSubmittedAt(),
                due, deadlines.warning(c), deadlines.usesFallback(due), highlight);
    }

}
