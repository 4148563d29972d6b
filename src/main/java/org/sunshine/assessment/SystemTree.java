package org.sunshine.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of an indicator system with its tree, as the editor and the scoring screens show it.
 *
 * @param periods how many periods use this version (a version in use cannot go back to draft)
 */
public record SystemTree(IndicatorSystem system, List<Branch> categories, long periods) {

    /** A category and its indicators, in order. */
    public record Branch(Indicator category, List<Indicator> indicators) {
    }

    public BigDecimal weightSum() {
        return categories.stream().map(b -> b.category().weight() == null ? BigDecimal.ZERO : b.category().weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean editable() {
        return system.getState() == IndicatorSystem.State.DRAFT;
    }

    /** The tree as the scorer reads it. */
    public Scheme scheme() {
        return new Scheme(categories.stream().map(b -> new Scheme.Category(b.category().id(), b.category().name(),
                number(b.category().weight()), b.indicators().stream()
                .map(i -> new Scheme.Indicator(i.id(), i.name(), i.kind(), number(i.maxPoints()), number(i.perOccurrence()),
                        i.metric()))
                .toList())).toList());
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
