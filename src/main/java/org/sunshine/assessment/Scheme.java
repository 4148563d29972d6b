package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One version of an indicator system as the scorer reads it: level-1 categories with weights summing to 100, each
 * with its level-2 indicators in order.
 */
public record Scheme(List<Category> categories) {

    public Scheme {
        categories = List.copyOf(categories);
    }

    /**
     * A level-1 category.
     *
     * @param weight its share of the total (the weights of a system sum to 100)
     */
    public record Category(long id, String name, double weight, List<Indicator> indicators) {

        public Category {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * A level-2 indicator.
     *
     * @param maxPoints MANUAL and AUTO: full marks; DEDUCTION and BONUS: the cap; VETO: unused
     * @param perOccurrence DEDUCTION and BONUS: points per occurrence
     * @param metric AUTO: what is measured
     */
    public record Indicator(long id, String name, IndicatorKind kind, double maxPoints, double perOccurrence,
                            @Nullable Metric metric) {
    }
}
