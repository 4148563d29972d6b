package org.sunshine.proactive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.i18n.Text;
import org.sunshine.base.ui.Dates;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.finding.ui.CitedFindings;
import org.sunshine.finding.ui.FindingDetailView;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.proactive.CadenceWatch;
import org.sunshine.proactive.LateRecords;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.function.Consumer;

/**
 * The monitor's grids: windows of items with no record (overdue, or due soon) and late records, each row of an
 * inspector's with 转为督查发现 — or, once done, the finding's number.
 */
final class MonitorRows {

    private MonitorRows() {
    }

    /** The grid of windows; {@code file} opens the dialog for an overdue one (null: no button). */
    static Grid<CadenceWatch.Miss> misses(Component in, String id, SignedInUser viewer, CitedFindings cited,
                                          @Nullable Consumer<CadenceWatch.Miss> file) {
        Grid<CadenceWatch.Miss> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(m -> m.seqNo() + ". " + m.itemTitle()).setHeader(in.getTranslation("proactive.monitor.item"))
                .setWidth("14rem").setFlexGrow(3);
        grid.addColumn(m -> in.getTranslation(m.cadence().labelKey()))
                .setHeader(in.getTranslation("responsibility.cadence")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CadenceWatch.Miss::departmentName).setHeader(in.getTranslation("proactive.monitor.department"))
                .setAutoWidth(true);
        grid.addColumn(m -> text(in, m.window())).setHeader(in.getTranslation("proactive.monitor.window"))
                .setAutoWidth(true).setTooltipGenerator(m -> m.windowStart() + " — " + m.windowEnd());
        grid.addComponentColumn(m -> DueBadge.of(DeadlineKind.PUBLISH, m.dueOn(), m.warning(), false))
                .setHeader(in.getTranslation("proactive.monitor.due")).setWidth(DueBadge.width(in, DeadlineKind.PUBLISH)).setFlexGrow(0);
        grid.addColumn(m -> in.getTranslation(m.overdue() ? "proactive.monitor.daysOverdue" : "proactive.monitor.daysLeft",
                m.days())).setHeader(in.getTranslation("proactive.monitor.days")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.last() == null ? in.getTranslation("proactive.monitor.last.none")
                        : in.getTranslation("proactive.monitor.last", m.last().title(), Dates.date(in, m.last().publishedOn())))
                .setHeader(in.getTranslation("proactive.monitor.lastRecord")).setWidth("12rem").setFlexGrow(2);
        if (file != null) {
            grid.addComponentColumn(m -> action(in, m.findingId(), cited, viewer, m.overdue() ? () -> file.accept(m) : null,
                            "to-finding-" + m.itemId() + "-" + m.departmentId() + "-" + m.windowStart()))
                    .setKey("action").setHeader(in.getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        style(in, grid);
        return grid;
    }

    /** The grid of late records; {@code file} opens the dialog (null: no button). */
    static Grid<LateRecords.LateRow> late(Component in, SignedInUser viewer, CitedFindings cited,
                                          @Nullable Consumer<LateRecords.LateRow> file) {
        Grid<LateRecords.LateRow> grid = new Grid<>();
        grid.setId("monitor-late");
        grid.addColumn(r -> r.docNumber().isBlank() ? r.title()
                        : in.getTranslation("proactive.monitor.titleAndNumber", r.title(), r.docNumber()))
                .setHeader(in.getTranslation("proactive.monitor.record")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(LateRecords.LateRow::departmentName).setHeader(in.getTranslation("proactive.monitor.department"))
                .setAutoWidth(true);
        grid.addColumn(r -> in.getTranslation(r.category().labelKey()))
                .setHeader(in.getTranslation("proactive.monitor.category")).setAutoWidth(true);
        grid.addColumn(r -> r.itemName() == null ? "" : r.itemName())
                .setHeader(in.getTranslation("proactive.monitor.item")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(r -> Dates.date(in, r.formedOn())).setHeader(in.getTranslation("proactive.monitor.formedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.date(in, r.dueOn())).setHeader(in.getTranslation("proactive.monitor.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.date(in, r.publishedOn())).setHeader(in.getTranslation("proactive.monitor.publishedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> in.getTranslation("proactive.monitor.daysLate", r.daysLate()))
                .setHeader(in.getTranslation("proactive.monitor.days")).setAutoWidth(true).setFlexGrow(0);
        if (file != null) {
            grid.addComponentColumn(r -> action(in, r.findingId(), cited, viewer, () -> file.accept(r),
                            "to-finding-record-" + r.recordId()))
                    .setKey("action").setHeader(in.getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        style(in, grid);
        return grid;
    }

    /**
     * The row's action: the finding made of it (its reference, linked; a handler sees the reference), or for an
     * inspector the button, or nothing.
     */
    static Component action(Component in, @Nullable Long findingId, CitedFindings cited, SignedInUser viewer,
                            @Nullable Runnable file, String id) {
        if (findingId != null) {
            String label = in.getTranslation("proactive.monitor.finding", cited.of(findingId));
            Component done = viewer.is(Role.HANDLER) ? new Span(label)
                    : new RouterLink(label, FindingDetailView.class, findingId);
            done.setId("finding-of-" + id.substring("to-finding-".length()));
            return done;
        }
        if (file == null || !viewer.is(Role.INSPECTOR)) {
            return new Div();
        }
        Button button = new Button(in.getTranslation("proactive.monitor.toFinding"), VaadinIcon.FLAG_O.create(),
                e -> file.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setId(id);
        return button;
    }

    static String text(Component in, Text text) {
        return in.getTranslation(text.key(), text.args());
    }

    private static void style(Component in, Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(in.getTranslation("common.empty"));
        grid.setWidthFull();
    }
}
