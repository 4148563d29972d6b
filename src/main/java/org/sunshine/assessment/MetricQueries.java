package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures the metrics of a period in the departments' data (the definitions are in docs/architecture.md,
 * "Assessment"):
 * <ul>
 *   <li>按期办理率: complaints whose handling deadline fell in the period and has passed, or which were replied
 *   already; the share replied by the deadline;</li>
 *   <li>逾期未办结: of those, how many were not replied by the deadline (a count);</li>
 *   <li>群众满意率: replies given in the period and rated, (满意 + w × 基本满意) / rated;</li>
 *   <li>重办率: replies given in the period, 1 − reopened / replied;</li>
 *   <li>整改按期完成率: confirmed findings whose rectification deadline fell in the period and has passed, or which
 *   were reported; the share with a report sent by the deadline;</li>
 *   <li>社会监督员评议: reviews made in the period of the department's complaints, the mean of the three scores / 5;</li>
 *   <li>依申请公开按期答复率: applications whose reply deadline fell in the period and has passed, or which were
 *   replied; the share replied within the clock;</li>
 *   <li>被纠错: remedies against the department's replies decided in the period with 结果纠正 (a count);</li>
 *   <li>主动公开及时率: disclosure records whose deadline fell in the period; the share published by it.</li>
 * </ul>
 */
@Singleton
public class MetricQueries {

    private final MetricRepository metrics;
    private final BusinessClock clock;

    MetricQueries(MetricRepository metrics, BusinessClock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Every metric for every department with data in the period, by department. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Metric, Marks.Measure>> measure(LocalDate start, LocalDate end, double basicWeight) {
        ZoneId zone = clock.zone();
        LocalDate today = clock.today();
        Instant from = start.atStartOfDay(zone).toInstant();
        Instant to = end.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, Map<Metric, Marks.Measure>> all = new HashMap<>();
        for (MetricRepository.Tally t : metrics.handling(start, end, today)) {
            put(all, t.departmentId(), Metric.ON_TIME_HANDLING, rate(t.hits(), t.base()), t.base());
            long overdue = t.base() - t.hits();
            put(all, t.departmentId(), Metric.OVERDUE_COMPLAINTS, overdue, overdue);
        }
        for (MetricRepository.Ratings r : metrics.ratings(from, to)) {
            long rated = r.satisfied() + r.basic() + r.dissatisfied();
            if (rated > 0) {
                put(all, r.departmentId(), Metric.SATISFACTION, (r.satisfied() + basicWeight * r.basic()) / rated, rated);
            }
        }
        for (MetricRepository.Tally t : metrics.reopenings(from, to)) {
            put(all, t.departmentId(), Metric.REOPEN, 1 - rate(t.hits(), t.base()), t.base());
        }
        for (MetricRepository.Tally t : metrics.rectifications(start, end, today)) {
            put(all, t.departmentId(), Metric.ON_TIME_RECTIFICATION, rate(t.hits(), t.base()), t.base());
        }
        for (MetricRepository.Tally t : metrics.reviews(from, to)) {
            put(all, t.departmentId(), Metric.REVIEW_AVERAGE, t.base() == 0 ? 0 : t.hits() / (15.0 * t.base()), t.base());
        }
        for (MetricRepository.Tally t : metrics.disclosureReplies(start, end, today)) {
            put(all, t.departmentId(), Metric.DISCLOSURE_ON_TIME, rate(t.hits(), t.base()), t.base());
        }
        for (MetricRepository.Tally t : metrics.correctedReplies(start, end)) {
            put(all, t.departmentId(), Metric.REMEDY_CORRECTED, t.hits(), t.hits());
        }
        for (MetricRepository.Tally t : metrics.proactiveRecords(start, end)) {
            put(all, t.departmentId(), Metric.PROACTIVE_ON_TIME, rate(t.hits(), t.base()), t.base());
        }
        return all;
    }

    private static double rate(long hits, long base) {
        return base == 0 ? 0 : (double) hits / base;
    }

    private static void put(Map<Long, Map<Metric, Marks.Measure>> all, long department, Metric metric, double value, long volume) {
        all.computeIfAbsent(department, d -> new HashMap<>()).put(metric, new Marks.Measure(value, volume));
    }
}
