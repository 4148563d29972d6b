package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import org.sunshine.assessment.Indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an indicator's points read: 满分 5, 每次扣 2 分，最多扣 6 分, 一票否决, with the metric of a measured one. */
final class Points {

    private Points() {
    }

    static String label(Component in, Indicator i) {
        return switch (i.kind()) {
            case MANUAL -> in.getTranslation("assessment.points.max", plain(i.maxPoints()));
            case AUTO -> in.getTranslation("assessment.points.auto", plain(i.maxPoints()),
                    in.getTranslation("assessment.metric." + i.metric().name()));
            case DEDUCTION -> in.getTranslation("assessment.points.deduction", plain(i.perOccurrence()), plain(i.maxPoints()))
                    + counted(in, i);
            case BONUS -> in.getTranslation("assessment.points.bonus", plain(i.perOccurrence()), plain(i.maxPoints()))
                    + counted(in, i);
            case VETO -> in.getTranslation("assessment.kind.VETO");
        };
    }

    /** A score as it reads: no trailing zeros (17.5, 80, 96.25). */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A rate as a percentage with one decimal: 0.8765 → 87.7%. */
    static String percent(double rate) {
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String counted(Component in, Indicator i) {
        return i.metric() == null ? "" : in.getTranslation("assessment.points.counted",
                in.getTranslation("assessment.metric." + i.metric().name()));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
