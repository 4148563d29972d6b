package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.sunshine.base.ui.Dates;
import org.sunshine.inforequest.RemedyOutcome;
import org.sunshine.inforequest.RequestRemedies;
import org.sunshine.inforequest.RequestRemedy;
import org.sunshine.security.SignedInUser;

import java.util.List;

/**
 * The 复议诉讼 box of an application's page: the remedies recorded against its reply (kind, body, filed, outcome,
 * decided, note) and, for staff who may record them (inspectors, the organ's handlers, once it was replied), a button
 * to record one and one per row to record its outcome.
 */
public class RemedyPanel extends Div {

    private final RequestRemedies remedies;
    private final long requestId;
    private final SignedInUser viewer;
    private final Grid<RequestRemedy> grid = new Grid<>();
    private final Button record;
    private final Paragraph empty = new Paragraph();
    private boolean mayRecord;

    public RemedyPanel(RequestRemedies remedies, long requestId, SignedInUser viewer) {
        this.remedies = remedies;
        this.requestId = requestId;
        this.viewer = viewer;
        setId("remedy-panel");
        addClassName("detail-section");
        RemedyDialog dialog = new RemedyDialog(remedies, requestId, viewer, this::refresh);
        record = new Button(getTranslation("inforequest.remedy.create"), e -> dialog.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("remedy-record");
        empty.setText(getTranslation("inforequest.remedy.none"));
        grid.addColumn(r -> getTranslation("inforequest.remedy." + r.kind().name()))
                .setHeader(getTranslation("inforequest.remedy.field.kind")).setAutoWidth(true);
        grid.addColumn(RequestRemedy::body).setHeader(getTranslation("inforequest.remedy.field.body")).setAutoWidth(true);
        grid.addColumn(r -> Dates.date(this, r.filedOn())).setHeader(getTranslation("inforequest.remedy.field.filedOn"));
        grid.addColumn(r -> getTranslation("inforequest.outcome." + r.outcome().name()))
                .setHeader(getTranslation("inforequest.remedy.field.outcome"));
        grid.addColumn(r -> r.decidedOn() == null ? "" : Dates.date(this, r.decidedOn()))
                .setHeader(getTranslation("inforequest.remedy.field.decidedOn"));
        grid.addColumn(RequestRemedy::note).setHeader(getTranslation("inforequest.remedy.field.note")).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Button decide = new Button(getTranslation(r.outcome() == RemedyOutcome.PENDING
                    ? "inforequest.remedy.decide" : "inforequest.remedy.change"), e -> dialog.decide(r));
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            decide.setId("remedy-decide-" + r.id());
            decide.setVisible(mayRecord);
            return decide;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("inforequest.remedy.title")), record, empty, grid);
        refresh();
    }

    /** Reads the remedies again (after a step on the page). */
    public void refresh() {
        mayRecord = remedies.mayRecord(requestId, viewer);
        List<RequestRemedy> rows = remedies.of(requestId, viewer);
        record.setVisible(mayRecord);
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
        grid.setItems(rows);
    }

    /** The remedies shown (for tests and the page). */
    public List<RequestRemedy> rows() {
        return grid.getListDataView().getItems().toList();
    }
}
