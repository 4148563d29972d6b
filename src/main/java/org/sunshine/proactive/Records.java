package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/**
 * Records entered one by one: a department's handler records what the department published, and corrects it (the
 * annual report's table 二 is corrected here, in the data, never in the table); an administrator may act for any
 * department. A change or a removal is audited, since it moves the late marks and the report's figures.
 */
@Singleton
public class Records {

    private final RecordRepository records;
    private final RecordClock recordClock;
    private final ResponsibilityService items;
    private final DepartmentService departments;
    private final AuditLog audit;
    private final BusinessClock clock;

    Records(RecordRepository records, RecordClock recordClock, ResponsibilityService items,
            DepartmentService departments, AuditLog audit, BusinessClock clock) {
        this.records = records;
        this.recordClock = recordClock;
        this.items = items;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may record for that department: its handler, or an administrator. */
    public static boolean mayRecord(SignedInUser user, @Nullable Long departmentId) {
        return user.is(Role.ADMIN)
                || (user.is(Role.HANDLER) && departmentId != null && departmentId.equals(user.departmentId()));
    }

    @Transactional(readOnly = true)
    public Optional<DisclosureRecord> find(long id) {
        return records.findById(id);
    }

    @Transactional
    public long add(RecordForm form, SignedInUser user) {
        RecordForm f = checked(form, user);
        DisclosureRecord r = new DisclosureRecord();
        r.setCreatedBy(user == SignedInUser.SYSTEM ? null : user.id());
        fill(r, f);
        return records.save(r).getId();
    }

    @Transactional
    public void update(long id, RecordForm form, SignedInUser user) {
        DisclosureRecord r = records.findById(id).orElseThrow(() -> new DomainException("proactive.error.notFound"));
        if (!mayRecord(user, r.getDepartmentId())) {
            throw new DomainException("error.notAllowed");
        }
        RecordForm f = checked(form, user);
        String before = summary(r);
        fill(r, f);
        records.update(r);
        audit.record(user, AuditAction.DISCLOSURE_RECORD_CHANGED, "disclosure_record", id,
                before + " -> " + summary(r), null);
    }

    @Transactional
    public void remove(long id, String reason, SignedInUser user) {
        DisclosureRecord r = records.findById(id).orElseThrow(() -> new DomainException("proactive.error.notFound"));
        if (!mayRecord(user, r.getDepartmentId())) {
            throw new DomainException("error.notAllowed");
        }
        String why = org.sunshine.base.text.TextRules.line("reason", "proactive.field.removeReason", reason, 200);
        if (why.isEmpty()) {
            throw DomainException.on("reason", "proactive.error.removeReason");
        }
        records.delete(r);
        audit.record(user, AuditAction.DISCLOSURE_RECORD_REMOVED, "disclosure_record", id,
                summary(r) + " / " + why, null);
    }

    /** The form's problems checked; the user must be allowed to record for the form's department. */
    RecordForm checked(RecordForm form, SignedInUser user) {
        if (!mayRecord(user, form.departmentId())) {
            throw new DomainException("error.notAllowed");
        }
        RecordForm f = RecordChecks.of(form, clock.today(), this::activeItem).orThrow();
        if (!departments.isActive(f.departmentId())) {
            throw DomainException.on("departmentId", "proactive.error.department");
        }
        return f;
    }

    boolean activeItem(long itemId) {
        return items.row(itemId).filter(ResponsibilityRow::active).isPresent();
    }

    /** The record's days: the category's, shortened by its item's clock. */
    int days(RecordForm f) {
        Integer itemDays = f.itemId() == null ? null
                : items.row(f.itemId()).map(ResponsibilityRow::clockDays).orElse(null);
        return RecordClock.days(f.category(), itemDays);
    }

    private void fill(DisclosureRecord r, RecordForm f) {
        if (r.getUrl() != null && !r.getUrl().equals(f.url())) {
            r.setLinkState(LinkState.UNCHECKED);
            r.setLinkFailures(0);
            r.setLinkFailingSince(null);
            r.setLinkError(null);
        }
        r.setDepartmentId(f.departmentId());
        r.setTitle(f.title());
        r.setDocNumber(f.docNumber());
        r.setCategory(f.category());
        r.setItemId(f.itemId());
        r.setFormedOn(f.formedOn());
        r.setPublishedOn(f.publishedOn());
        r.setChannel(f.channel());
        r.setChannelNote(f.channelNote());
        r.setUrl(f.url());
        r.setIssuedOn(f.issuedOn());
        r.setRepealedOn(f.repealedOn());
        r.setFeeAmount(f.feeAmount());
        r.setClockDays(days(f));
        recordClock.apply(r);
    }

    private static String summary(DisclosureRecord r) {
        return r.getCategory() + " " + r.getFormedOn() + "/" + r.getPublishedOn() + (r.isLate() ? " late" : "")
                + " " + r.getTitle();
    }
}
