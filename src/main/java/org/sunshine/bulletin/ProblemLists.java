package org.sunshine.bulletin;

import jakarta.inject.Singleton;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.Marks;
import org.sunshine.assessment.Metric;
import org.sunshine.assessment.MetricQueries;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.SystemTree;
import org.sunshine.base.i18n.Messages;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts a criticized department's problem list (问题清单) from what the platform knows: its confirmed findings on
 * the rectification clock (a reported one is being verified in the finding flow and is left out), its overdue
 * complaints of the period, and its lowest indicators.
 */
@Singleton
class ProblemLists {

    private final PeriodQueries periods;
    private final MetricQueries metrics;
    private final FindingQueries findings;
    private final BulletinProblemRepository problems;
    private final BulletinSettings settings;
    private final Messages messages;

    ProblemLists(PeriodQueries periods, MetricQueries metrics, FindingQueries findings,
                 BulletinProblemRepository problems, BulletinSettings settings, Messages messages) {
        this.periods = periods;
        this.metrics = metrics;
        this.findings = findings;
        this.problems = problems;
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * A criticized department's problem list: its confirmed findings on its clock, its overdue complaints, and its
     * lowest indicators (below {@code lowShare} of their points) with the lowest inspector's reason; if none of these
     * applies, one item asking for a general self-check.
     */
    void draft(long bulletinId, Period period, SystemTree tree, ResultTable.Row row, long overdueItems) {
        long departmentId = row.departmentId();
        List<BulletinProblem> items = new ArrayList<>();
        for (FindingRow f : findings.onTheClock(departmentId)) {
            String description = f.description().length() > 120 ? f.description().substring(0, 120) + "…" : f.description();
            items.add(item(bulletinId, departmentId, ProblemSource.FINDING, String.valueOf(f.id()),
                    messages.chinese("bulletin.text.problem.finding", f.reference(),
                            messages.chinese("finding.issue." + f.issueType().name()), description)));
        }
        if (overdueItems > 0) {
            items.add(item(bulletinId, departmentId, ProblemSource.COMPLAINTS, null,
                    messages.chinese("bulletin.text.problem.overdue", period.getName(), overdueItems)));
        }
        Map<Long, Indicator> byId = new HashMap<>();
        tree.categories().forEach(b -> b.indicators().forEach(i -> byId.put(i.id(), i)));
        Map<Long, String> lowestReason = new LinkedHashMap<>();
        periods.submittedScores(period.getId(), departmentId).stream()
                .sorted(Comparator.comparing(PeriodQueries.SubmittedScore::value))
                .forEach(s -> {
                    if (!s.reason().isBlank()) {
                        lowestReason.putIfAbsent(s.indicatorId(), s.reason());
                    }
                });
        row.score().indicators().stream()
                .filter(i -> i.value() != null && (i.kind() == IndicatorKind.MANUAL || i.kind() == IndicatorKind.AUTO))
                .filter(i -> i.value() < byId.get(i.indicatorId()).maxPoints().doubleValue() * settings.lowShare())
                .sorted(Comparator.comparingDouble(i -> i.value() / byId.get(i.indicatorId()).maxPoints().doubleValue()))
                .limit(settings.lowestIndicators())
                .forEach(i -> {
                    Indicator indicator = byId.get(i.indicatorId());
                    String why = lowestReason.get(i.indicatorId());
                    items.add(item(bulletinId, departmentId, ProblemSource.INDICATOR, String.valueOf(i.indicatorId()),
                            messages.chinese(why == null ? "bulletin.text.problem.indicator" : "bulletin.text.problem.indicatorWhy",
                                    indicator.name(), DraftText.plain(i.value()), DraftText.plain(indicator.maxPoints().doubleValue()),
                                    why == null ? "" : why)));
                });
        if (items.isEmpty()) {
            items.add(item(bulletinId, departmentId, ProblemSource.OTHER, null,
                    messages.chinese("bulletin.text.problem.general", DraftText.plain(row.score().total()), row.rank())));
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setSeq(i + 1);
        }
        problems.saveAll(items);
    }

    private BulletinProblem item(long bulletinId, long departmentId, ProblemSource source, String ref, String text) {
        BulletinProblem p = new BulletinProblem();
        p.setBulletinId(bulletinId);
        p.setDepartmentId(departmentId);
        p.setSource(source);
        p.setSourceRef(ref);
        p.setText(text.length() > 500 ? text.substring(0, 499) + "…" : text);
        p.setRectifyDays(settings.rectifyDays());
        return p;
    }


    /** Overdue items of each department in the period: complaints not replied and findings not rectified in time. */
    Map<Long, Long> overdueItems(Period period) {
        Map<Long, Long> overdue = new HashMap<>();
        metrics.measure(period.getStartsOn(), period.getEndsOn(), period.rules().basicWeight()).forEach((department, m) -> {
            Marks.Measure complaints = m.get(Metric.OVERDUE_COMPLAINTS);
            Marks.Measure rectified = m.get(Metric.ON_TIME_RECTIFICATION);
            long count = complaints == null ? 0 : (long) complaints.value();
            if (rectified != null) {
                count += rectified.volume() - Math.round(rectified.value() * rectified.volume());
            }
            overdue.put(department, count);
        });
        return overdue;
    }

}
