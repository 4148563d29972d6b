package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.inforequest.RemedyForm;
import org.sunshine.inforequest.RemedyKind;
import org.sunshine.inforequest.RemedyOutcome;
import org.sunshine.inforequest.RequestRemedies;
import org.sunshine.inforequest.RequestRemedy;
import org.sunshine.security.SignedInUser;

/** Records a 行政复议 or 行政诉讼 against a reply, or later its outcome (the kind, body and filing day then stay). */
class RemedyDialog extends FormDialog<RemedyForm> {

    private final RequestRemedies remedies;
    private final SignedInUser user;
    private final long requestId;
    private final Select<RemedyKind> kind;
    private final TextField body;
    private final DatePicker filedOn;
    private RequestRemedy updating;

    RemedyDialog(RequestRemedies remedies, long requestId, SignedInUser user, Runnable onSaved) {
        super(RemedyForm.class, onSaved);
        this.remedies = remedies;
        this.requestId = requestId;
        this.user = user;
        setId("remedy-dialog");
        kind = field("kind", new Select<>());
        kind.setLabel(getTranslation("inforequest.remedy.field.kind"));
        kind.setItems(RemedyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("inforequest.remedy." + k.name()));
        kind.setId("remedy-kind");
        body = field("body", new TextField(getTranslation("inforequest.remedy.field.body")));
        body.setMaxLength(200);
        body.setHelperText(getTranslation("inforequest.remedy.field.body.help"));
        body.setId("remedy-body");
        filedOn = field("filedOn", DatePickers.create(getTranslation("inforequest.remedy.field.filedOn")));
        filedOn.setId("remedy-filed-on");
        Select<RemedyOutcome> outcome = field("outcome", new Select<>());
        outcome.setLabel(getTranslation("inforequest.remedy.field.outcome"));
        outcome.setItems(RemedyOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("inforequest.outcome." + o.name()));
        outcome.setId("remedy-outcome");
        DatePicker decidedOn = field("decidedOn", DatePickers.create(getTranslation("inforequest.remedy.field.decidedOn")));
        decidedOn.setHelperText(getTranslation("inforequest.remedy.field.decidedOn.help"));
        decidedOn.setId("remedy-decided-on");
        TextArea note = field("note", new TextArea(getTranslation("inforequest.remedy.field.note")));
        note.setMaxLength(1000);
        note.setId("remedy-note");
        form.add(kind, body, filedOn, outcome, decidedOn, note);
        form.setColspan(body, 2);
        form.setColspan(note, 2);
        outcome.addValueChangeListener(e -> decidedOn.setEnabled(e.getValue() != RemedyOutcome.PENDING));

        binder.forField(kind).bind("kind");
        binder.forField(body).bind("body");
        binder.forField(filedOn).bind("filedOn");
        binder.forField(outcome).bind("outcome");
        binder.forField(decidedOn).bind("decidedOn");
        binder.forField(note).bind("note");
    }

    /** A new remedy, pending until decided. */
    void create() {
        updating = null;
        setReadOnly(false);
        edit(new RemedyForm(null, "", null, RemedyOutcome.PENDING, null, ""), getTranslation("inforequest.remedy.create"));
    }

    /** The outcome of a remedy recorded before, on the version shown. */
    void decide(RequestRemedy remedy) {
        updating = remedy;
        setReadOnly(true);
        edit(new RemedyForm(remedy.kind(), remedy.body(), remedy.filedOn(), remedy.outcome(), remedy.decidedOn(),
                remedy.note()), getTranslation("inforequest.remedy.decide"));
    }

    private void setReadOnly(boolean fixed) {
        kind.setReadOnly(fixed);
        body.setReadOnly(fixed);
        filedOn.setReadOnly(fixed);
    }

    @Override
    protected long persist(RemedyForm value) {
        if (updating == null) {
            return remedies.record(requestId, value, user);
        }
        remedies.update(updating.id(), updating.version(), value.outcome(), value.decidedOn(), value.note(), user);
        return updating.id();
    }
}
