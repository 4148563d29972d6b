package org.sunshine.scoreboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.ui.RankingRules;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.base.ui.TableHeight;
import org.sunshine.scoreboard.Scoreboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 考核排名与统计, for anyone: a locked period's ranking with grades and the rules it was made by, each department's
 * complaint figures for the period (rates only above the minimum volume), and the same figures as open data. The
 * period is in the address ({@code ?period=12}), so a link always shows the same period.
 */
@Prototype
@AnonymousAllowed
@Route(value = "public/scoreboard", layout = PublicLayout.class)
public class ScoreboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Scoreboard scoreboard;

    public ScoreboardView(Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
        addClassName("public-scoreboard");
        setId("public-scoreboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("scoreboard.title")), new Paragraph(getTranslation("scoreboard.intro")));
        List<Scoreboard.PublicPeriod> periods = scoreboard.periods();
        if (periods.isEmpty()) {
            add(new Paragraph(getTranslation("scoreboard.none")));
            return;
        }
        java.util.Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("period");
        long periodId = asked.map(ScoreboardView::number).filter(id -> periods.stream().anyMatch(p -> p.id() == id))
                .orElse(periods.get(0).id());
        if (asked.isPresent() && periodId != number(asked.get())) {
            Paragraph notice = new Paragraph(getTranslation("scoreboard.error.periodShown", periods.get(0).name()));
            notice.setId("scoreboard-notice");
            notice.addClassName("calendar-warning");
            add(notice);
        }
        Map<Long, Scoreboard.PublicPeriod> byId = periods.stream().collect(Collectors.toMap(Scoreboard.PublicPeriod::id, Function.identity()));
        Select<Long> choose = new Select<>();
        choose.setLabel(getTranslation("scoreboard.period"));
        choose.setItems(periods.stream().map(Scoreboard.PublicPeriod::id).toList());
        choose.setItemLabelGenerator(id -> byId.get(id).name());
        choose.setValue(periodId);
        choose.setId("scoreboard-period");
        choose.addValueChangeListener(e -> UI.getCurrent().navigate("public/scoreboard",
                QueryParameters.of("period", String.valueOf(e.getValue()))));
        add(choose);
        Period period;
        try {
            period = scoreboard.period(periodId);
        } catch (DomainException e) {
            return;
        }
        add(new Paragraph(getTranslation("scoreboard.periodLine", Dates.date(this, period.getStartsOn()),
                Dates.date(this, period.getEndsOn()), period.getRevision())));

        add(new H3(getTranslation("scoreboard.ranking")));
        Grid<Scoreboard.Place> ranking = new Grid<>();
        ranking.setId("scoreboard-ranking");
        ranking.addColumn(Scoreboard.Place::rank).setHeader(getTranslation("assessment.rank")).setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(Scoreboard.Place::department).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
        ranking.addColumn(p -> plain(p.total())).setHeader(getTranslation("assessment.total")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(p -> getTranslation("assessment.grade." + p.grade()) + (p.vetoed() ? getTranslation("assessment.vetoed.mark") : ""))
                .setHeader(getTranslation("assessment.grade")).setAutoWidth(true);
        List<Scoreboard.Place> places = scoreboard.ranking(periodId);
        ranking.setItems(places);
        TableHeight.fit(ranking, places.size());
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(ranking, RankingRules.of(this, period));

        add(new H3(getTranslation("scoreboard.figures")));
        add(new Paragraph(getTranslation("scoreboard.figures.help", period.rules().minVolume(),
                plain(period.rules().basicWeight()))));
        Grid<Scoreboard.Figures> figures = new Grid<>();
        figures.setId("scoreboard-figures");
        // on a phone the figures scroll sideways inside the table, the department staying in view
        figures.addColumn(Scoreboard.Figures::department).setHeader(getTranslation("assessment.department")).setFlexGrow(2)
                .setWidth("7em").setFrozen(true);
        figures.addColumn(Scoreboard.Figures::received).setHeader(getTranslation("scoreboard.received")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        figures.addColumn(f -> rate(f.onTimeRate(), f.due())).setHeader(getTranslation("scoreboard.onTimeRate")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        figures.addColumn(f -> rate(f.satisfactionRate(), f.rated())).setHeader(getTranslation("scoreboard.satisfactionRate"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        List<Scoreboard.Figures> rows = scoreboard.figures(periodId);
        figures.setItems(rows);
        TableHeight.fit(figures, rows.size());
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(figures);

        Div open = new Div(new H3(getTranslation("scoreboard.openData")), new Paragraph(getTranslation("scoreboard.openData.help")));
        open.setId("scoreboard-open-data");
        String base = "/api/open-data/periods/" + periodId;
        for (String file : List.of("ranking.csv", "ranking.json", "statistics.csv", "statistics.json")) {
            Anchor link = new Anchor(base + "/" + file, getTranslation("scoreboard.file." + file.replace('.', '-')));
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", "");
            open.add(new Paragraph(link));
        }
        open.add(new Paragraph(new Anchor("public/open-data", getTranslation("scoreboard.allOpenData"))));
        add(open);
    }

    /** 93.8% (48 件), or 样本不足（3 件）. */
    private String rate(Double rate, int volume) {
        return rate == null ? getTranslation("scoreboard.tooFew", volume)
                : getTranslation("scoreboard.rate", BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).toPlainString(), volume);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoreboard.title");
    }
}
