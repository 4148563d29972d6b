package org.sunshine.directory;

import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Access;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The responsibility table (责任分解表): items, their lead and co-departments, and their disclosure clocks. */
@Singleton
public class ResponsibilityService {

    private static final Sort BY_SEQ = Sort.of(Sort.Order.asc("seqNo"));
    /** No cadence is watched from before this day (the calendar and the records start here). */
    static final LocalDate EARLIEST_CADENCE = LocalDate.of(2000, 1, 1);

    private final ResponsibilityRepository items;
    private final DepartmentRepository departments;
    private final KeyAreaRepository areas;
    private final DirectorySettings settings;
    private final AuditLog audit;
    private final BusinessClock clock;

    public ResponsibilityService(ResponsibilityRepository items, DepartmentRepository departments,
                                 KeyAreaRepository areas, DirectorySettings settings, AuditLog audit,
                                 BusinessClock clock) {
        this.items = items;
        this.departments = departments;
        this.areas = areas;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The default clock of a category, in working days. */
    public int defaultClockDays(DisclosureCategory category) {
        return settings.defaultClockDays(category);
    }

    @Transactional(readOnly = true)
    public List<ResponsibilityRow> list(boolean includeInactive) {
        Map<Long, Department> depts = departments.findAll(DepartmentRepository.DIRECTORY_ORDER).stream()
                .collect(Collectors.toMap(Department::getId, Function.identity()));
        Map<Long, String> areaNames = areas.findAll(KeyAreaRepository.ORDER).stream()
                .collect(Collectors.toMap(KeyArea::getId, KeyArea::getName));
        Map<Long, List<DutyLink>> links = items.findAllLinks().stream().collect(Collectors.groupingBy(DutyLink::itemId));
        return items.findAll(BY_SEQ).stream()
                .filter(i -> includeInactive || i.isActive())
                .map(i -> {
                    List<DutyLink> own = links.getOrDefault(i.getId(), List.of());
                    return new ResponsibilityRow(i.getId(), i.getSeqNo(), i.getTitle(), i.getCategory(), i.getClockDays(),
                            i.getKeyAreaId(), i.getKeyAreaId() == null ? null : areaNames.get(i.getKeyAreaId()),
                            refs(own, Duty.LEAD, depts), refs(own, Duty.CO, depts), i.getDutyNote(), i.isActive(),
                            i.getCadence(), i.getCadenceSince());
                })
                .toList();
    }

    /** One row of the table, active or not. */
    @Transactional(readOnly = true)
    public Optional<ResponsibilityRow> row(long id) {
        return list(true).stream().filter(r -> r.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<ResponsibilityForm> form(long id) {
        return items.findById(id).map(i -> {
            List<DutyLink> links = items.findLinks(id);
            return new ResponsibilityForm(i.getId(), i.getSeqNo(), i.getTitle(), i.getCategory(), i.getClockDays(),
                    i.getKeyAreaId(), ids(links, Duty.LEAD), ids(links, Duty.CO), i.getDutyNote(), i.getCadence(),
                    i.getCadenceSince());
        });
    }

    @Transactional(readOnly = true)
    public int nextSeqNo() {
        return items.findAll(BY_SEQ).stream().mapToInt(ResponsibilityItem::getSeqNo).max().orElse(0) + 1;
    }

    @Transactional
    public long save(ResponsibilityForm form, SignedInUser actor) {
        Access.requireAdmin(actor);
        String title = form.title() == null ? "" : form.title().strip();
        String note = form.dutyNote() == null ? "" : form.dutyNote().strip();
        Set<Long> leads = form.leadDepartmentIds() == null ? Set.of() : form.leadDepartmentIds();
        Set<Long> cos = form.coDepartmentIds() == null ? Set.of() : form.coDepartmentIds();
        if (form.seqNo() == null || form.seqNo() < 1 || form.seqNo() > 999) {
            throw DomainException.on("seqNo", "responsibility.error.seqNo");
        }
        if (title.isEmpty() || title.length() > 200) {
            throw DomainException.on("title", "responsibility.error.title");
        }
        if (form.category() == null) {
            throw DomainException.on("category", "responsibility.error.category");
        }
        int clockDays = form.clockDays() == null ? defaultClockDays(form.category()) : form.clockDays();
        if (clockDays < 1 || clockDays > 365) {
            throw DomainException.on("clockDays", "responsibility.error.clockDays");
        }
        if (note.length() > 200) {
            throw DomainException.on("dutyNote", "responsibility.error.dutyNote");
        }
        if (leads.isEmpty() && note.isEmpty()) {
            throw DomainException.on("leadDepartmentIds", "responsibility.error.noLead");
        }
        Set<Long> both = new HashSet<>(leads);
        both.retainAll(cos);
        if (!both.isEmpty()) {
            throw DomainException.on("coDepartmentIds", "responsibility.error.leadAndCo");
        }
        Set<Long> all = new HashSet<>(leads);
        all.addAll(cos);
        for (Long id : all) {
            if (!departments.findById(id).map(Department::isActive).orElse(false)) {
                throw DomainException.on("leadDepartmentIds", "responsibility.error.departmentInactive");
            }
        }
        if (form.keyAreaId() != null && !areas.findById(form.keyAreaId()).map(KeyArea::isActive).orElse(false)) {
            throw DomainException.on("keyAreaId", "responsibility.error.keyAreaInactive");
        }
        items.findBySeqNo(form.seqNo()).filter(i -> !i.getId().equals(form.id())).ifPresent(i -> {
            throw DomainException.on("seqNo", "responsibility.error.seqNoTaken", form.seqNo());
        });
        ResponsibilityItem item = form.id() == null ? new ResponsibilityItem()
                : items.findById(form.id()).orElseThrow(() -> new DomainException("responsibility.error.missing"));
        LocalDate since = cadenceSince(form, item);
        boolean creating = item.getId() == null;
        item.setSeqNo(form.seqNo());
        item.setTitle(title);
        item.setCategory(form.category());
        item.setClockDays(clockDays);
        item.setKeyAreaId(form.keyAreaId());
        item.setDutyNote(note);
        item.setCadence(form.cadence());
        item.setCadenceSince(since);
        if (creating) {
            item = items.save(item);
        } else {
            items.update(item);
            items.deleteLinks(item.getId());
        }
        for (Long id : leads) {
            items.insertLink(item.getId(), id, Duty.LEAD.name());
        }
        for (Long id : cos) {
            items.insertLink(item.getId(), id, Duty.CO.name());
        }
        audit.record(actor, creating ? AuditAction.RESPONSIBILITY_CREATED : AuditAction.RESPONSIBILITY_UPDATED,
                "responsibility_item", item.getId(), item.getSeqNo() + " " + title
                        + (item.getCadence() == null ? "" : " " + item.getCadence() + " " + since), null);
        return item.getId();
    }

    /**
     * The day the item's cadence is watched from: the form's, else the day already kept for the same cadence, else
     * today (a cadence newly set or changed); none without a cadence. At most a year ahead, not before 2000.
     */
    private LocalDate cadenceSince(ResponsibilityForm form, ResponsibilityItem item) {
        if (form.cadence() == null) {
            return null;
        }
        LocalDate today = clock.today();
        LocalDate since = form.cadenceSince() != null ? form.cadenceSince()
                : form.cadence() == item.getCadence() && item.getCadenceSince() != null ? item.getCadenceSince()
                : today;
        if (since.isBefore(EARLIEST_CADENCE) || since.isAfter(today.plusYears(1))) {
            throw DomainException.on("cadenceSince", "responsibility.error.cadenceSince", EARLIEST_CADENCE,
                    today.plusYears(1));
        }
        return since;
    }

    @Transactional
    public void setActive(long id, boolean active, SignedInUser actor) {
        Access.requireAdmin(actor);
        ResponsibilityItem item = items.findById(id).orElseThrow(() -> new DomainException("responsibility.error.missing"));
        if (item.isActive() == active) {
            return;
        }
        item.setActive(active);
        items.update(item);
        audit.record(actor, active ? AuditAction.RESPONSIBILITY_REACTIVATED : AuditAction.RESPONSIBILITY_DEACTIVATED,
                "responsibility_item", id, item.getSeqNo() + " " + item.getTitle(), null);
    }

    private static List<ResponsibilityRow.DepartmentRef> refs(List<DutyLink> links, Duty duty, Map<Long, Department> depts) {
        return links.stream().filter(l -> l.duty() == duty)
                .map(l -> depts.get(l.departmentId()))
                .sorted(Comparator.comparingInt(Department::getSortOrder).thenComparing(Department::getCode))
                .map(d -> new ResponsibilityRow.DepartmentRef(d.getId(), d.getName()))
                .toList();
    }

    private static Set<Long> ids(List<DutyLink> links, Duty duty) {
        return links.stream().filter(l -> l.duty() == duty).map(DutyLink::departmentId).collect(Collectors.toSet());
    }
}
