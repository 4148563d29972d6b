package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's checks of an indicator system, pure: a name, a category's weight, an indicator's points, kind and
 * metric, and what stops a draft from being published.
 */
final class IndicatorChecks {

    static final int MAX_NAME = 100;
    static final int MAX_GUIDANCE = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorChecks() {
    }

    /** An indicator's points, kind and metric as checked: MANUAL and AUTO full marks, a cap and points per occurrence. */
    record Checked(String name, IndicatorKind kind, @Nullable BigDecimal maxPoints, @Nullable BigDecimal perOccurrence,
                   @Nullable Metric metric, String guidance) {
    }

    static Checked indicator(IndicatorForm form) {
        String name = name(form.name(), "name");
        IndicatorKind kind = form.kind();
        if (kind == null) {
            throw DomainException.on("kind", "assessment.error.kind");
        }
        BigDecimal max = null;
        BigDecimal per = null;
        switch (kind) {
            case MANUAL, AUTO -> max = points(form.maxPoints(), "maxPoints", "assessment.error.maxPoints");
            case DEDUCTION, BONUS -> {
                per = points(form.perOccurrence(), "perOccurrence", "assessment.error.perOccurrence");
                max = points(form.maxPoints(), "maxPoints", "assessment.error.cap");
                if (per.compareTo(max) > 0) {
                    throw DomainException.on("perOccurrence", "assessment.error.perOverCap");
                }
            }
            case VETO -> { }
        }
        Metric metric = null;
        if (kind == IndicatorKind.AUTO) {
            metric = form.metric();
            if (metric == null || metric.isCount()) {
                throw DomainException.on("metric", "assessment.error.metric");
            }
        } else if (kind == IndicatorKind.DEDUCTION || kind == IndicatorKind.BONUS) {
            metric = form.metric();
            if (metric != null && !metric.isCount()) {
                throw DomainException.on("metric", "assessment.error.countMetric");
            }
        }
        String guidance = form.guidance() == null ? "" : form.guidance().strip();
        if (guidance.length() > MAX_GUIDANCE) {
            throw DomainException.on("guidance", "assessment.error.guidanceLength", MAX_GUIDANCE);
        }
        return new Checked(name, kind, max, per, metric, guidance);
    }

    /** A category's weight: more than 0, at most 100, two decimals at most. */
    static BigDecimal weight(@Nullable BigDecimal weight) {
        if (weight == null || weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0 || weight.scale() > 2) {
            throw DomainException.on("weight", "assessment.error.weight");
        }
        return weight;
    }

    /** What stops a draft from being published; empty when it is ready. */
    static List<Blocker> blockers(SystemTree tree) {
        List<Blocker> blockers = new ArrayList<>();
        if (tree.categories().isEmpty()) {
            blockers.add(Blocker.of("assessment.blocker.empty"));
            return blockers;
        }
        BigDecimal sum = tree.weightSum();
        if (sum.compareTo(HUNDRED) != 0) {
            blockers.add(Blocker.of("assessment.blocker.weights", sum.stripTrailingZeros().toPlainString()));
        }
        for (SystemTree.Branch branch : tree.categories()) {
            String category = branch.category().name();
            if (branch.indicators().isEmpty()) {
                blockers.add(Blocker.of("assessment.blocker.noIndicators", category));
                continue;
            }
            if (branch.indicators().stream().noneMatch(i -> i.kind().weighted())) {
                blockers.add(Blocker.of("assessment.blocker.nothingWeighted", category));
            }
            for (Indicator indicator : branch.indicators()) {
                if (indicator.guidance().isBlank()) {
                    blockers.add(Blocker.of("assessment.blocker.guidance", category, indicator.name()));
                }
            }
        }
        return blockers;
    }

    static String name(@Nullable String text, String field) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DomainException.on(field, "assessment.error.name", MAX_NAME);
        }
        return name;
    }

    private static BigDecimal points(@Nullable BigDecimal value, String field, String key) {
        if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
            throw DomainException.on(field, key);
        }
        return value;
    }
}
