package org.sunshine.assessment;

import java.util.List;
import java.util.Map;

/**
 * What is known of one department in a period, by indicator id: the values each inspector submitted (MANUAL:
 * points; DEDUCTION and BONUS: occurrences; VETO: 1 for yes, 0 for no), the lead inspector's rulings (same units),
 * and the measured metrics.
 */
public record Marks(long departmentId, Map<Long, List<Double>> submitted, Map<Long, Double> resolved,
                    Map<Metric, Measure> measures) {

    public Marks {
        submitted = Map.copyOf(submitted);
        resolved = Map.copyOf(resolved);
        measures = Map.copyOf(measures);
    }

    /**
     * A metric measured in the department's data.
     *
     * @param value  a rate: the share of full marks it earns, from 0 to 1; a count: the number of occurrences
     * @param volume a rate: how many items it is measured on (complaints, ratings, findings, reviews); a count: the
     *               same number as the value
     */
    public record Measure(double value, long volume) {
    }
}
