package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.WebAddress;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An inspector's score sheets: for each department they are assigned in a period, a value for every indicator the
 * inspectors score (MANUAL points, DEDUCTION and BONUS occurrences not counted from the data, VETO yes or no), with
 * a reason below full marks (or for any occurrence or a yes) and optional evidence. A draft is saved as it is and
 * seen by nobody else; submitting checks it is complete. A submitted sheet can be taken back while the period is
 * still being scored.
 */
@Singleton
public class ScoreSheetService {

    static final int MAX_OCCURRENCES = 999;

    private final Periods periods;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ScoreRepository scores;
    private final IndicatorSystemService systems;
    private final MetricQueries metrics;
    private final DirectoryNames names;
    private final BusinessClock clock;

    ScoreSheetService(Periods periods, AssignmentRepository assignments, ScoreSheetRepository sheets,
                      ScoreRepository scores, IndicatorSystemService systems, MetricQueries metrics,
                      DirectoryNames names, BusinessClock clock) {
        this.periods = periods;
        this.assignments = assignments;
        this.sheets = sheets;
        this.scores = scores;
        this.systems = systems;
        this.metrics = metrics;
        this.names = names;
        this.clock = clock;
    }

    /** A value as the sheet's form gives it; an empty value is not scored yet. */
    public record Entry(long indicatorId, @Nullable BigDecimal value, @Nullable String reason, @Nullable String evidenceUrl) {
    }

    /**
     * A sheet as its inspector sees it.
     *
     * @param values   what is on the sheet, by indicator id
     * @param measures what the data gives this department (for the measured indicators, shown beside the sheet)
     * @param editable the period is being scored and the sheet is not submitted
     */
    public record SheetView(Period period, long departmentId, String departmentName, SystemTree tree,
                            @Nullable Instant submittedAt, Map<Long, Score> values, Map<Metric, Marks.Measure> measures,
                            boolean editable) {
    }

    /** One department of an inspector's work in a period. */
    public record MySheet(long departmentId, String departmentName, boolean started, @Nullable Instant submittedAt) {
    }

    @Transactional(readOnly = true)
    public SheetView sheet(long periodId, long departmentId, SignedInUser inspector) {
        Period period = assigned(periodId, departmentId, inspector);
        Optional<ScoreSheet> sheet = sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, departmentId, inspector.id());
        Map<Long, Score> values = new HashMap<>();
        sheet.ifPresent(s -> scores.findBySheetId(s.getId()).forEach(v -> values.put(v.indicatorId(), v)));
        Map<Metric, Marks.Measure> measured = metrics.measure(period.getStartsOn(), period.getEndsOn(),
                period.rules().basicWeight()).getOrDefault(departmentId, Map.of());
        boolean editable = period.getState() == PeriodState.SCORING && sheet.map(s -> !s.submitted()).orElse(true);
        return new SheetView(period, departmentId, periods.departmentName(departmentId),
                systems.treeOf(period.getSystemId()), sheet.map(ScoreSheet::getSubmittedAt).orElse(null), values,
                measured, editable);
    }

    /** The departments an inspector scores in a period, with how far each sheet is. */
    @Transactional(readOnly = true)
    public List<MySheet> mine(long periodId, SignedInUser inspector) {
        Periods.requireInspector(inspector);
        DirectoryNames.Names directory = names.read();
        Map<Long, ScoreSheet> byDepartment = new HashMap<>();
        sheets.findByPeriodId(periodId).stream().filter(s -> s.getInspectorId() == inspector.id())
                .forEach(s -> byDepartment.put(s.getDepartmentId(), s));
        List<MySheet> mine = new ArrayList<>();
        for (Assignment a : assignments.findByPeriodId(periodId)) {
            if (a.inspectorId() != inspector.id()) {
                continue;
            }
            ScoreSheet s = byDepartment.get(a.departmentId());
            mine.add(new MySheet(a.departmentId(), java.util.Objects.requireNonNullElse(directory.department(a.departmentId()), ""),
                    s != null, s == null ? null : s.getSubmittedAt()));
        }
        mine.sort(java.util.Comparator.comparing(MySheet::departmentName));
        return mine;
    }

    /** Saves the sheet as a draft: each value is checked, nothing needs to be complete. */
    @Transactional
    public void save(long periodId, long departmentId, List<Entry> entries, SignedInUser inspector) {
        write(periodId, departmentId, entries, inspector, false);
    }

    /** Saves and submits the sheet: every value given, with the reasons it needs. */
    @Transactional
    public void submit(long periodId, long departmentId, List<Entry> entries, SignedInUser inspector) {
        write(periodId, departmentId, entries, inspector, true);
    }

    /** Takes a submitted sheet back to draft while the period is still being scored. */
    @Transactional
    public void withdraw(long periodId, long departmentId, SignedInUser inspector) {
        Period period = assignedForUpdate(periodId, departmentId, inspector);
        if (period.getState() != PeriodState.SCORING) {
            throw new DomainException("assessment.period.error.notScoring");
        }
        ScoreSheet sheet = sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, departmentId, inspector.id())
                .filter(ScoreSheet::submitted).orElseThrow(() -> new DomainException("error.notNow"));
        sheet.setSubmittedAt(null);
        update(sheet);
    }

    private void write(long periodId, long departmentId, List<Entry> entries, SignedInUser inspector, boolean submit) {
        Period period = assignedForUpdate(periodId, departmentId, inspector);
        if (period.getState() != PeriodState.SCORING) {
            throw new DomainException("assessment.period.error.notScoring");
        }
        Map<Long, Entry> byIndicator = new HashMap<>();
        entries.forEach(e -> byIndicator.put(e.indicatorId(), e));
        List<Score> checked = new ArrayList<>();
        for (SystemTree.Branch branch : systems.treeOf(period.getSystemId()).categories()) {
            for (Indicator indicator : branch.indicators()) {
                if (!onSheet(indicator)) {
                    continue;
                }
                Entry entry = byIndicator.get(indicator.id());
                Score score = check(indicator, entry, submit);
                if (score != null) {
                    checked.add(score);
                }
            }
        }
        ScoreSheet sheet = sheets.findByPeriodIdAndDepartmentIdAndInspectorId(periodId, departmentId, inspector.id())
                .orElse(null);
        if (sheet != null && sheet.submitted()) {
            throw new DomainException("assessment.sheet.error.submitted");
        }
        Instant now = clock.now();
        if (sheet == null) {
            sheet = new ScoreSheet();
            sheet.setPeriodId(periodId);
            sheet.setDepartmentId(departmentId);
            sheet.setInspectorId(inspector.id());
            sheet = sheets.save(sheet);
        } else {
            scores.deleteBySheetId(sheet.getId());
        }
        long sheetId = sheet.getId();
        scores.saveAll(checked.stream().map(s -> new Score(null, sheetId, s.indicatorId(), s.value(), s.reason(),
                s.evidenceUrl())).toList());
        sheet.setSubmittedAt(submit ? now : null);
        update(sheet);
    }

    /** Inspectors score it: everything but what is measured in the data. */
    public static boolean onSheet(Indicator indicator) {
        return indicator.kind() != IndicatorKind.AUTO && indicator.metric() == null;
    }

    /** Whether a value needs a reason: below full marks, any occurrence, a veto. */
    public static boolean needsReason(Indicator indicator, BigDecimal value) {
        return switch (indicator.kind()) {
            case MANUAL -> value.compareTo(indicator.maxPoints()) < 0;
            case DEDUCTION, BONUS, VETO -> value.signum() > 0;
            case AUTO -> false;
        };
    }

    @Nullable
    private static Score check(Indicator indicator, @Nullable Entry entry, boolean submit) {
        long id = indicator.id();
        BigDecimal value = checkValue(indicator, entry == null ? null : entry.value(), "value-" + id);
        String reason = entry == null || entry.reason() == null ? "" : entry.reason().strip();
        String url = entry == null || entry.evidenceUrl() == null ? "" : entry.evidenceUrl().strip();
        if (reason.length() > Periods.MAX_REASON) {
            throw DomainException.on("reason-" + id, "assessment.sheet.error.reasonLength", Periods.MAX_REASON);
        }
        if (!url.isEmpty() && !WebAddress.isValid(url)) {
            throw DomainException.on("evidence-" + id, "assessment.sheet.error.url");
        }
        if (value == null) {
            if (submit) {
                throw DomainException.on("value-" + id, "assessment.sheet.error.missing", indicator.name());
            }
            return null;
        }
        if (submit && reason.isEmpty() && needsReason(indicator, value)) {
            throw DomainException.on("reason-" + id, "assessment.sheet.error.reason", indicator.name());
        }
        return new Score(null, 0, id, value, reason, url.isEmpty() ? null : url);
    }

    /** A value in the indicator's units, or {@code null} if none is given; refused on {@code field} if out of range. */
    @Nullable
    static BigDecimal checkValue(Indicator indicator, @Nullable BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        switch (indicator.kind()) {
            case MANUAL -> {
                if (value.signum() < 0 || value.compareTo(indicator.maxPoints()) > 0 || value.stripTrailingZeros().scale() > 2) {
                    throw DomainException.on(field, "assessment.sheet.error.points",
                            indicator.maxPoints().stripTrailingZeros().toPlainString());
                }
            }
            case DEDUCTION, BONUS -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_OCCURRENCES)) > 0
                        || value.stripTrailingZeros().scale() > 0) {
                    throw DomainException.on(field, "assessment.sheet.error.count", MAX_OCCURRENCES);
                }
            }
            case VETO -> {
                if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                    throw DomainException.on(field, "assessment.sheet.error.veto");
                }
            }
            case AUTO -> throw DomainException.on(field, "assessment.period.error.measured");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private Period assigned(long periodId, long departmentId, SignedInUser inspector) {
        Periods.requireInspector(inspector);
        return requireAssigned(periods.load(periodId), departmentId, inspector);
    }

    /**
     * The same, with the period's row locked first: a sheet is not written or taken back while the lead inspector
     * publishes (which would then publish with a sheet missing) or changes the assignments.
     */
    private Period assignedForUpdate(long periodId, long departmentId, SignedInUser inspector) {
        Periods.requireInspector(inspector);
        return requireAssigned(periods.loadForUpdate(periodId), departmentId, inspector);
    }

    private Period requireAssigned(Period period, long departmentId, SignedInUser inspector) {
        if (!assignments.existsByPeriodIdAndDepartmentIdAndInspectorId(period.getId(), departmentId, inspector.id())) {
            throw new DomainException("assessment.sheet.error.notAssigned");
        }
        return period;
    }

    private void update(ScoreSheet sheet) {
        try {
            sheets.update(sheet);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
    }
}
