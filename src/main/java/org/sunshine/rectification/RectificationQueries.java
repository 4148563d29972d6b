package org.sunshine.rectification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.History;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading rectifications. The asking record's feature decides who may see its record; these methods are called only
 * after that check, and say which steps the viewer may take (the department's handler reports, an inspector judges).
 */
@Singleton
public class RectificationQueries {

    private final RectificationRepository rectifications;
    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final RectificationDeadlines deadlines;
    private final History history;

    RectificationQueries(RectificationRepository rectifications, ReportRepository reports, ReportFileRepository files,
                         RectificationDeadlines deadlines, History history) {
        this.rectifications = rectifications;
        this.reports = reports;
        this.files = files;
        this.deadlines = deadlines;
        this.history = history;
    }

    /** The rectification asked for by a record, if it has one yet. */
    @Transactional(readOnly = true)
    public Optional<RectificationView> of(Subject subject) {
        return rectifications.findBySubjectKindAndSubjectId(subject.kind(), subject.id()).map(this::view);
    }

    /** The rectifications of several records of one kind, by the record's id (records without one are left out). */
    @Transactional(readOnly = true)
    public Map<Long, RectificationView> of(String kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        List<Rectification> found = rectifications.findBySubjectKindAndSubjectIdInList(kind, subjectIds);
        Map<Long, Rectification> repeats = earlier(found.stream().map(Rectification::getRepeatOf).toList());
        Map<Long, RectificationView> views = new LinkedHashMap<>();
        found.forEach(r -> views.put(r.getSubjectId(), view(r, repeats)));
        return views;
    }

    /** How many rectifications of a kind are in one of the states (for a department: its own). */
    @Transactional(readOnly = true)
    public long count(String kind, Set<RectificationState> states, @io.micronaut.core.annotation.Nullable Long departmentId) {
        return departmentId == null ? rectifications.countBySubjectKindAndStateInList(kind, states)
                : rectifications.countBySubjectKindAndDepartmentIdAndStateInList(kind, departmentId, states);
    }

    /**
     * A department's rectifications of a kind on its clock (being rectified, or returned), the nearest deadline first:
     * for the workbench's list by deadline.
     */
    @Transactional(readOnly = true)
    public List<RectificationView> nearestDue(String kind, long departmentId, int limit) {
        List<Rectification> found = rectifications.findBySubjectKindAndDepartmentIdAndStateInList(kind, departmentId,
                EnumSet.of(RectificationState.RECTIFYING, RectificationState.RETURNED),
                io.micronaut.data.model.Pageable.from(0, limit, io.micronaut.data.model.Sort.of(
                        io.micronaut.data.model.Sort.Order.asc("dueOn"), io.micronaut.data.model.Sort.Order.asc("id"))));
        Map<Long, Rectification> repeats = earlier(found.stream().map(Rectification::getRepeatOf).toList());
        return found.stream().map(r -> view(r, repeats)).toList();
    }

    /** Everything about a rectification for its record's page. */
    @Transactional(readOnly = true)
    public RectificationDetail detail(long id, SignedInUser viewer) {
        Rectification r = rectifications.findById(id).orElseThrow(() -> new DomainException("rectification.error.missing"));
        List<Report> all = reports.findByRectificationIdOrderById(id);
        Map<Long, List<FileInfo>> filesOf = all.isEmpty() ? Map.of()
                : files.findInfos(all.stream().map(Report::id).toList()).stream()
                .collect(Collectors.groupingBy(FileInfo::reportId));
        List<RectificationDetail.ReportRow> rows = all.stream()
                .map(rep -> new RectificationDetail.ReportRow(rep, filesOf.getOrDefault(rep.id(), List.of()))).toList();
        return new RectificationDetail(view(r), rows, history.of(RectificationWorkflow.TABLE, id), actions(r, viewer));
    }

    /** A file of one of the rectification's reports. */
    @Transactional(readOnly = true)
    public StoredFile file(long id, long fileId) {
        ReportFile file = files.findById(fileId)
                .filter(f -> reports.findById(f.reportId()).map(rep -> rep.rectificationId() == id).orElse(false))
                .orElseThrow(() -> new DomainException("rectification.error.missing"));
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }

    /** The steps the viewer may take now: a handler of the department, an inspector. */
    private Set<RectificationAction> actions(Rectification r, SignedInUser viewer) {
        if (viewer.is(Role.INSPECTOR)) {
            return RectificationWorkflow.TABLE.available(r.getState(), Actor.INSPECTOR);
        }
        if (viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId() == r.getDepartmentId()) {
            return RectificationWorkflow.TABLE.available(r.getState(), Actor.HANDLER);
        }
        return EnumSet.noneOf(RectificationAction.class);
    }

    private RectificationView view(Rectification r) {
        return view(r, earlier(r.getRepeatOf() == null ? List.of() : List.of(r.getRepeatOf())));
    }

    private RectificationView view(Rectification r, Map<Long, Rectification> repeats) {
        Rectification repeated = r.getRepeatOf() == null ? null : repeats.get(r.getRepeatOf());
        return new RectificationView(r.getId(), r.subject(), r.getDepartmentId(), r.getState(), r.getStartedOn(),
                r.getDays(), r.getReturnedOn(), r.getDueOn(), deadlines.warning(r.getState(), r.getDueOn()),
                deadlines.usesFallback(r.getDueOn()), repeated == null ? null : repeated.subject(),
                r.getClosedAt(), repeated == null ? null : repeated.getSubjectRef());
    }

    /** The earlier rectifications that repeat marks cite, by id. */
    private Map<Long, Rectification> earlier(List<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Map.of() : rectifications.findByIdInList(wanted).stream()
                .collect(Collectors.toMap(Rectification::getId, x -> x, (a, b) -> a));
    }
}
