package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.ScoringRules;

/**
 * The rules a period's ranking was made by, written out beside it: how inspectors' scores are combined, the minimum
 * volume below which a measured indicator is not rated, what 基本满意 counts for, the grades and quota, the veto and
 * how ties break. The numbers are the period's own (copied from the settings when it was created).
 */
public final class RankingRules {

    private RankingRules() {
    }

    public static Div of(Component in, Period period) {
        ScoringRules rules = period.rules();
        Div box = new Div(new H4(in.getTranslation("assessment.rules.title")));
        box.addClassName("ranking-rules");
        box.setId("ranking-rules");
        UnorderedList list = new UnorderedList(
                new ListItem(in.getTranslation("assessment.rules.mean", rules.trimFrom())),
                new ListItem(in.getTranslation("assessment.rules.spread", rules.spreadPercent())),
                new ListItem(in.getTranslation("assessment.rules.minVolume", rules.minVolume())),
                new ListItem(in.getTranslation("assessment.rules.basic", Points.number(rules.basicWeight()))),
                new ListItem(in.getTranslation("assessment.rules.grades", Points.number(rules.excellentFrom()),
                        Points.number(rules.goodFrom()), Points.number(rules.passFrom()))
                        + " " + (rules.excellentQuotaPercent() == null ? in.getTranslation("assessment.rules.noQuota")
                        : in.getTranslation("assessment.rules.quota", rules.excellentQuotaPercent()))),
                new ListItem(in.getTranslation("assessment.rules.veto")),
                new ListItem(in.getTranslation("assessment.rules.ties")));
        box.add(list);
        return box;
    }
}
