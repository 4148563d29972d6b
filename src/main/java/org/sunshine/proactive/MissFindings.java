package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * 转为督查发现 in one step: the inspector turns an overdue window of an item (未公开, about the item) or a late record
 * (不及时, about the record and its item) into a finding against the department, with a description the platform
 * drafts from the data. A miss makes one finding only: which miss made which finding is kept
 * ({@code disclosure_miss_finding}), and a second is refused — by the check first, by the table's unique keys when
 * two inspectors act at once. The finding, its mark and nothing else are written, or nothing.
 */
@Singleton
public class MissFindings {

    private final CadenceWatch watch;
    private final RecordRepository records;
    private final MissFindingRepository filed;
    private final FindingService findings;
    private final FindingQueries references;
    private final ResponsibilityService items;
    private final Messages messages;
    private final BusinessClock clock;

    MissFindings(CadenceWatch watch, RecordRepository records, MissFindingRepository filed, FindingService findings,
                 FindingQueries references, ResponsibilityService items, Messages messages, BusinessClock clock) {
        this.watch = watch;
        this.records = records;
        this.filed = filed;
        this.findings = findings;
        this.references = references;
        this.items = items;
        this.messages = messages;
        this.clock = clock;
    }

    /** The description drafted for an overdue window, in Chinese like every finding. */
    public String draft(CadenceWatch.Miss m) {
        return messages.chinese("proactive.monitor.draft.window", m.departmentName(), m.itemTitle(),
                messages.chinese(m.cadence().labelKey()), m.window(), date(m.windowStart()), date(m.windowEnd()),
                date(m.dueOn()), m.days());
    }

    /** The description drafted for a late record. */
    public String draft(LateRecords.LateRow r) {
        return messages.chinese(r.docNumber().isBlank() ? "proactive.monitor.draft.late.noNumber"
                        : "proactive.monitor.draft.late", r.departmentName(), r.title(), r.docNumber(),
                date(r.formedOn()), date(r.dueOn()), date(r.publishedOn()), r.daysLate());
    }

    /** The reference of the finding already made of a miss (refusing a second one names it). */
    private String reference(long findingId) {
        return references.reference(findingId).orElse(String.valueOf(findingId));
    }

    /** A date as the bundle writes it in Chinese (2026年3月11日). */
    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(messages.chinese("date.pattern"), Messages.CHINESE));
    }

    /** Files a 未公开 finding of an overdue window; returns its id. */
    @Transactional
    public long fileWindow(long itemId, long departmentId, LocalDate windowStart, @Nullable Severity severity,
                           String description, SignedInUser inspector) {
        check(severity, inspector);
        CadenceWatch.Miss miss = watch.miss(itemId, departmentId, windowStart).filter(CadenceWatch.Miss::overdue)
                .orElseThrow(() -> new DomainException("proactive.monitor.error.notOverdue"));
        filed.findByItemIdAndDepartmentIdAndWindowStart(itemId, departmentId, windowStart).ifPresent(f -> {
            throw new DomainException("proactive.monitor.error.filed", reference(f.findingId()));
        });
        long findingId = findings.fileFromRecord(departmentId, IssueType.NOT_DISCLOSED, severity, miss.itemId(), null,
                description, inspector);
        mark(new MissFinding(null, MissKind.WINDOW, itemId, departmentId, windowStart, null, findingId, clock.now()));
        return findingId;
    }

    /** Files a 不及时 finding of a late record, the record attached; returns its id. */
    @Transactional
    public long fileLate(long recordId, @Nullable Severity severity, String description, SignedInUser inspector) {
        check(severity, inspector);
        DisclosureRecord r = records.findById(recordId).filter(DisclosureRecord::isLate)
                .orElseThrow(() -> new DomainException("proactive.monitor.error.notLate"));
        filed.findByRecordId(recordId).ifPresent(f -> {
            throw new DomainException("proactive.monitor.error.filed", reference(f.findingId()));
        });
        // about the record's item while it is in the table (a finding names only active items)
        Long itemId = r.getItemId() == null ? null
                : items.row(r.getItemId()).filter(ResponsibilityRow::active).map(ResponsibilityRow::id).orElse(null);
        long findingId = findings.fileFromRecord(r.getDepartmentId(), IssueType.LATE, severity, itemId, recordId,
                description, inspector);
        mark(new MissFinding(null, MissKind.LATE, r.getItemId(), r.getDepartmentId(), null, recordId, findingId,
                clock.now()));
        return findingId;
    }

    private static void check(@Nullable Severity severity, SignedInUser inspector) {
        if (!inspector.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
        if (severity == null) {
            throw DomainException.on("severity", "finding.error.severity");
        }
    }

    private void mark(MissFinding mark) {
        try {
            filed.save(mark);
        } catch (DataAccessException e) {
            // the unique key: another inspector turned the same miss into a finding a moment ago; this one is undone
            throw new DomainException("proactive.monitor.error.filedMeanwhile");
        }
    }
}
