package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.Dates;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.bulletin.Receipt;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.DeadlineKind;

import java.time.ZoneId;

/** Who has signed for an issued bulletin (签收), late or on time, and who is past the deadline. */
class ReceiptsPanel extends Div {

    ReceiptsPanel(BulletinPage.Detail d, ZoneId zone) {
        Grid<Receipt> grid = new Grid<>();
        grid.setId("bulletin-receipts");
        grid.addColumn(Receipt::departmentName).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
        grid.addComponentColumn(r -> r.signedAt() != null ? receiptBadge(r) : DueBadge.of(DeadlineKind.SIGN, r.due(), r.warning(), r.calendarFallback()))
                .setHeader(getTranslation("bulletin.receipt")).setAutoWidth(true);
        grid.addColumn(r -> r.signedAt() == null ? "" : r.signedByName() + " · " + Dates.time(grid, r.signedAt(), zone))
                .setHeader(getTranslation("bulletin.receipt.signedBy")).setAutoWidth(true);
        grid.setItems(d.receipts());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Div box = this;
        long signed = d.receipts().stream().filter(r -> r.signedAt() != null).count();
        long overdue = d.receipts().stream().filter(r -> r.signedAt() == null
                && r.warning() == Warning.RED).count();
        Paragraph summary = new Paragraph(getTranslation("bulletin.receipts.summary", signed, d.receipts().size(), overdue));
        summary.setId("bulletin-receipts-summary");
        box.add(summary, grid);
    }

    private Span receiptBadge(Receipt r) {
        return Badge.of(getTranslation(r.late() ? "bulletin.receipt.late" : "bulletin.receipt.signed"),
                r.late() ? Badge.Tone.NEUTRAL : Badge.Tone.SUCCESS);
    }

}
