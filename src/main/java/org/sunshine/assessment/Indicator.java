package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * A node of an indicator system: a level-1 category ({@code parentId == null}, with a weight) or a level-2
 * indicator (with a kind and its numbers), in {@code seq} order under its parent.
 *
 * @param maxPoints     MANUAL and AUTO: full marks; DEDUCTION and BONUS: the cap
 * @param perOccurrence DEDUCTION and BONUS: points per occurrence
 * @param guidance      how to score it (评分标准), shown to the inspectors
 */
@MappedEntity("indicator")
public record Indicator(
        @Id @GeneratedValue @Nullable Long id,
        Long systemId,
        @Nullable Long parentId,
        int seq,
        String name,
        @Nullable BigDecimal weight,
        @Nullable IndicatorKind kind,
        @Nullable BigDecimal maxPoints,
        @Nullable BigDecimal perOccurrence,
        @Nullable Metric metric,
        String guidance) {

    public boolean isCategory() {
        return parentId == null;
    }

    public Indicator withSeq(int newSeq) {
        return new Indicator(id, systemId, parentId, newSeq, name, weight, kind, maxPoints, perOccurrence, metric, guidance);
    }
}
