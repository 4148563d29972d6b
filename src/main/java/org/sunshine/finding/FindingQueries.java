package org.sunshine.finding;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import io.micronaut.data.model.jpa.criteria.PersistentEntityCriteriaQuery;
import io.micronaut.data.model.jpa.criteria.PersistentEntityRoot;
import org.sunshine.base.list.BoundedCount;
import org.sunshine.base.list.ListPage;
import org.sunshine.base.list.ListSettings;
import org.sunshine.base.list.ListSize;
import org.sunshine.calendar.Warning;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.directory.DirectoryNames.Names;
import org.sunshine.rectification.RectificationDeadlines;
import org.sunshine.rectification.RectificationQueries;
import org.sunshine.search.Highlight;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reading findings, as each viewer may: inspectors and leaders see all; a department's handler sees the findings
 * against their department once confirmed (what was dismissed or not yet weighed never reaches them); a supervisor
 * sees the findings they filed, including those their reviews opened.
 */
@Singleton
public class FindingQueries {

    static final int MAX_EXPORT = 10_000;
    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("filedAt"), Sort.Order.desc("id"));
    private static final Sort NEAREST_FIRST = Sort.of(Sort.Order.asc("dueOn"), Sort.Order.asc("id"));
    /** The findings a department sees: confirmed ones. */
    static final Set<FindingState> CONFIRMED = EnumSet.of(FindingState.RECTIFYING, FindingState.CLOSED);
    static final Set<FindingStage> ON_THE_CLOCK = EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED);

    private final FindingListRepository list;
    private final FindingRepository findings;
    private final FindingEvidence evidence;
    private final ComplaintQueries complaints;
    private final RectificationQueries rectifications;
    private final RectificationDeadlines deadlines;
    private final DirectoryNames directoryNames;
    private final History history;
    private final BusinessClock clock;
    private final FindingTextSearch texts;
    private final ListSettings lists;

    FindingQueries(FindingListRepository list, FindingRepository findings, FindingEvidence evidence, ComplaintQueries complaints,
                   RectificationQueries rectifications, RectificationDeadlines deadlines, DirectoryNames directoryNames,
                   History history, BusinessClock clock, ListSettings lists, FindingTextSearch texts) {
        this.lists = lists;
        this.texts = texts;
        this.list = list;
        this.findings = findings;
        this.evidence = evidence;
        this.complaints = complaints;
        this.rectifications = rectifications;
        this.deadlines = deadlines;
        this.directoryNames = directoryNames;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<FindingRow> search(FindingFilter filter, SignedInUser viewer, int page, int size) {
        Names names = directoryNames.read();
        if (FindingTextSearch.wanted(filter)) {
            return texts.page(filter, viewer, page, size, (f, marks) -> row(f, names, marks));
        }
        return list.findAll(specification(filter, viewer), Pageable.from(page, size, NEWEST_FIRST))
                .map(f -> row(f, names));
    }

    @Transactional(readOnly = true)
    public long count(FindingFilter filter, SignedInUser viewer) {
        if (FindingTextSearch.wanted(filter)) {
            return texts.count(filter, viewer);
        }
        return list.count(specification(filter, viewer));
    }

    /** Whether a word search can be answered now: not while this node's index is being built (the list says so). */
    public boolean wordSearchReady() {
        return texts.ready();
    }

    /**
     * One page of a list, newest first (issue 18): after the key of the row before it when the screen has it (a seek
     * on {@code ix_finding_list}), else from its offset; no count with it. A filter with a text is the word search's.
     */
    @Transactional(readOnly = true)
    public List<FindingRow> page(FindingFilter filter, SignedInUser viewer, ListPage page) {
        if (FindingTextSearch.hasText(filter)) {
            return page.fromNumbered((number, size) -> search(filter, viewer, number, size).getContent());
        }
        Names names = directoryNames.read();
        List<FindingListItem> found;
        if (page.after() != null) {
            found = list.findAll(specification(filter, viewer, page.after()),
                    Pageable.from(0, page.limit(), NEWEST_FIRST, false)).getContent();
        } else {
            PredicateSpecification<FindingListItem> where = specification(filter, viewer);
            found = page.fromNumbered((number, size) ->
                    list.findAll(where, Pageable.from(number, size, NEWEST_FIRST, false)).getContent());
        }
        return found.stream().map(f -> row(f, names)).toList();
    }

    /**
     * How many findings a list holds, as far as it is cheap to know: the ids are read up to one past the lists' cap
     * ({@link BoundedCount}), so the count is exact below it.
     */
    @Transactional(readOnly = true)
    public ListSize size(FindingFilter filter, SignedInUser viewer) {
        if (FindingTextSearch.hasText(filter)) {
            return ListSize.exact(count(filter, viewer));
        }
        PredicateSpecification<FindingListItem> where = specification(filter, viewer);
        int limit = BoundedCount.limit(lists);
        List<Long> ids = list.findAll(cb -> {
            @SuppressWarnings("unchecked")
            PersistentEntityCriteriaQuery<Long> query = (PersistentEntityCriteriaQuery<Long>) cb.createQuery(Long.class);
            PersistentEntityRoot<FindingListItem> root = query.from(FindingListItem.class);
            Predicate condition = where.toPredicate(root, cb);
            query.select(root.get("id"));
            if (condition != null) {
                query.where(condition);
            }
            return query.limit(limit);
        });
        return ListSize.bounded(ids.size(), lists.countCap());
    }

    /** A row's place in the lists' order (newest first), for the page after it. */
    public static ListPage.Key key(FindingRow row) {
        return new ListPage.Key(row.filedAt(), row.id());
    }

    /**
     * A department's findings on the rectification clock, the nearest deadline first (the workbench's list by
     * deadline); empty for anyone but a department's handler.
     */
    @Transactional(readOnly = true)
    public List<FindingRow> nearestDue(SignedInUser viewer, int limit) {
        if (!viewer.is(Role.HANDLER) || viewer.departmentId() == null) {
            return List.of();
        }
        Names names = directoryNames.read();
        FindingFilter onTheClock = new FindingFilter(ON_THE_CLOCK, null, null, null, null, null, false, null);
        return list.findAll(specification(onTheClock, viewer), Pageable.from(0, limit, NEAREST_FIRST)).getContent()
                .stream().map(f -> row(f, names)).toList();
    }

    /** Everything a filter finds, up to {@link #MAX_EXPORT} rows, for an export. */
    @Transactional(readOnly = true)
    public List<FindingRow> all(FindingFilter filter, SignedInUser viewer) {
        return page(filter, viewer, ListPage.first(MAX_EXPORT));
    }

    /** A department's confirmed findings on the rectification clock, oldest first (for a bulletin's problem list). */
    @Transactional(readOnly = true)
    public List<FindingRow> onTheClock(long departmentId) {
        Names names = directoryNames.read();
        return list.findByDepartmentIdAndStageInListOrderById(departmentId, ON_THE_CLOCK).stream()
                .map(f -> row(f, names)).toList();
    }

    /**
     * The confirmed findings filed in a year against a department, or against every department ({@code departmentId}
     * null), oldest first: for the annual report's section 五, which the product drafts (not a list a viewer reads).
     */
    @Transactional(readOnly = true)
    public List<FindingRow> confirmedIn(@io.micronaut.core.annotation.Nullable Long departmentId, int year) {
        Names names = directoryNames.read();
        java.time.Instant from = LocalDate.of(year, 1, 1).atStartOfDay(clock.zone()).toInstant();
        java.time.Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.zone()).toInstant();
        List<FindingListItem> found = departmentId == null
                ? list.findByStateInListAndFiledAtGreaterThanEqualsAndFiledAtLessThanOrderById(CONFIRMED, from, to)
                : list.findByDepartmentIdAndStateInListAndFiledAtGreaterThanEqualsAndFiledAtLessThanOrderById(
                        departmentId, CONFIRMED, from, to);
        return found.stream().map(f -> row(f, names)).toList();
    }

    /**
     * The readable references of findings, by id, for the features that cite them (a review, a bulletin's problem
     * list, a monitored item); ids that name no finding are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> references(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> found = new HashMap<>();
        findings.findByIdInList(wanted).forEach(f -> found.put(f.getId(), f.getReference()));
        return found;
    }

    /** The reference of one finding, or empty if there is none with that id. */
    @Transactional(readOnly = true)
    public Optional<String> reference(long id) {
        return findings.findById(id).map(Finding::getReference);
    }

    @Transactional(readOnly = true)
    public FindingDetail detail(long id, SignedInUser viewer) {
        FindingListItem f = visible(id, viewer);
        Names names = directoryNames.read();
        Set<FindingAction> actions = viewer.is(Role.INSPECTOR)
                ? FindingWorkflow.TABLE.available(f.state(), Actor.INSPECTOR) : EnumSet.noneOf(FindingAction.class);
        String trackingCode = f.complaintId() == null ? null
                : complaints.find(f.complaintId()).map(Complaint::getTrackingCode).orElse(null);
        return new FindingDetail(row(f, names), f.evidenceUrl(), f.complaintId(), trackingCode, f.dismissReason(),
                evidence.files(id), evidence.record(id).orElse(null), history.of(FindingWorkflow.TABLE, id), actions,
                f.rectificationId() == null ? null : rectifications.detail(f.rectificationId(), viewer));
    }

    /** A file of the finding's evidence, if the viewer may see the finding. */
    @Transactional(readOnly = true)
    public StoredFile attachment(long findingId, long attachmentId, SignedInUser viewer) {
        visible(findingId, viewer);
        return evidence.file(findingId, attachmentId);
    }

    private FindingListItem visible(long id, SignedInUser viewer) {
        FindingListItem f = list.findById(id).orElseThrow(() -> new DomainException("finding.error.missing"));
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER)) {
            return f;
        }
        if (viewer.is(Role.HANDLER) && f.departmentId().equals(viewer.departmentId()) && CONFIRMED.contains(f.state())) {
            return f;
        }
        if (viewer.is(Role.SUPERVISOR) && f.filedBy() == viewer.id()) {
            return f;
        }
        throw new DomainException("error.notAllowed");
    }

    /** The filter's conditions and the viewer's scope, for the lists' sizes read elsewhere ({@link FindingQueueSizes}). */
    PredicateSpecification<FindingListItem> specification(FindingFilter filter, SignedInUser viewer) {
        return specification(filter, viewer, null);
    }

    /** The filter's conditions, and with a key only the rows after it in the lists' order (newest first). */
    private PredicateSpecification<FindingListItem> specification(FindingFilter filter, SignedInUser viewer,
                                                                   @io.micronaut.core.annotation.Nullable ListPage.Key after) {
        LocalDate today = clock.today();
        LocalDate yellowUntil = deadlines.yellowUntil();
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (after != null) {
                java.time.Instant filed = (java.time.Instant) after.value();
                all.add(cb.or(cb.lessThan(root.get("filedAt"), filed),
                        cb.and(cb.equal(root.get("filedAt"), filed), cb.lessThan(root.get("id"), after.id()))));
            }
            if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
                all.add(cb.equal(root.get("departmentId"), viewer.departmentId()));
                all.add(root.get("state").in(CONFIRMED));
            } else if (viewer.is(Role.SUPERVISOR)) {
                all.add(cb.equal(root.get("filedBy"), viewer.id()));
            } else if (!viewer.is(Role.INSPECTOR) && !viewer.is(Role.LEADER)) {
                throw new DomainException("error.notAllowed");
            }
            if (filter.stages() != null && !filter.stages().isEmpty()) {
                all.add(root.get("stage").in(filter.stages()));
                // the same condition on the finding's own state, which is indexed (the stage is computed by the view)
                all.add(root.get("state").in(states(filter.stages())));
            }
            if (filter.departmentId() != null) {
                all.add(cb.equal(root.get("departmentId"), filter.departmentId()));
            }
            if (filter.issueType() != null) {
                all.add(cb.equal(root.get("issueType"), filter.issueType()));
            }
            if (filter.severity() != null) {
                all.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.source() != null) {
                all.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.marked()) {
                all.add(cb.or(cb.isNotNull(root.get("repeatOf")), cb.isNotNull(root.get("duplicateOf"))));
            }
            if (FindingTextSearch.isReference(filter.text())) {
                // a whole reference typed or pasted (JD-2026-0841): its unique key (words: FindingTextSearch)
                all.add(cb.equal(root.get("reference"), FindingTextSearch.reference(filter.text())));
            }
            if (filter.warning() == Warning.RED) {
                all.add(cb.and(root.get("stage").in(ON_THE_CLOCK), cb.lessThan(root.get("dueOn"), today)));
            } else if (filter.warning() == Warning.YELLOW) {
                all.add(cb.and(root.get("stage").in(ON_THE_CLOCK), cb.between(root.get("dueOn"), today, yellowUntil)));
            } else if (filter.warning() == Warning.NONE) {
                all.add(cb.or(cb.not(root.get("stage").in(ON_THE_CLOCK)), cb.greaterThan(root.get("dueOn"), yellowUntil)));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new)); // null: no WHERE (Micronaut Data 4.14 renders an empty conjunction as a bare WHERE)
        };
    }

    /** The finding states a stage can be in: a stage of the rectification is a finding being rectified. */
    static Set<FindingState> states(Set<FindingStage> stages) {
        Set<FindingState> states = EnumSet.noneOf(FindingState.class);
        for (FindingStage stage : stages) {
            states.add(switch (stage) {
                case SUBMITTED -> FindingState.SUBMITTED;
                case RECTIFYING, REPORTED, RETURNED -> FindingState.RECTIFYING;
                case CLOSED -> FindingState.CLOSED;
                case DISMISSED -> FindingState.DISMISSED;
            });
        }
        return states;
    }

    private FindingRow row(FindingListItem f, Names names) {
        return row(f, names, null);
    }

    private FindingRow row(FindingListItem f, Names names, @io.micronaut.core.annotation.Nullable Highlight highlight) {
        return new FindingRow(f.id(), f.reference(), f.stage(), f.issueType(), f.severity(), f.source(), f.departmentId(),
                names.department(f.departmentId()), names.area(f.keyAreaId()), names.item(f.responsibilityItemId()),
                f.description(), f.filedByName(), f.filedAt(), f.dueOn(),
                f.rectificationState() == null ? Warning.NONE : deadlines.warning(f.rectificationState(), f.dueOn()),
                deadlines.usesFallback(f.dueOn()), f.duplicateOf(), f.repeatOf(), f.duplicateReference(),
                f.repeatReference(), highlight);
    }
}
