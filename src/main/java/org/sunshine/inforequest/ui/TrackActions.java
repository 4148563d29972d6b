package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.Uploads;
import org.sunshine.inforequest.PublicRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the applicant can do on the tracking page: send the 补正 when the organ asked for it (the information sought
 * restated, its document number, files), and — quietly, at the foot of the page — withdraw an open application in a
 * dialog that says what follows.
 */
class TrackActions {

    /** A form whose fields can show a refusal; true if one did. */
    interface Fields {
        boolean show(DomainException e);
    }

    /** The correction as typed, with the form to show a refusal on. */
    record Correction(String description, String docNumber, List<Attachments.Upload> files, Fields form) {
    }

    private final PublicRequest request;
    private final Consumer<Correction> correct;
    private final Consumer<String> withdraw;
    private final Div owner = new Div();

    TrackActions(PublicRequest request, Consumer<Correction> correct, Consumer<String> withdraw) {
        this.request = request;
        this.correct = correct;
        this.withdraw = withdraw;
    }

    /** The correction's form, when the organ asked for one; nothing otherwise. */
    Div correction() {
        if (!request.canCorrect()) {
            Div none = new Div();
            none.setVisible(false);
            return none;
        }
        TextArea description = new TextArea(getTranslation("inforequest.field.description"));
        description.setId("track-correct-description");
        description.setMaxLength(2000);
        description.setWidthFull();
        description.setMinHeight("8em");
        description.setValue(request.description());
        TextField docNumber = new TextField(getTranslation("inforequest.field.docNumber"));
        docNumber.setId("track-correct-doc-number");
        docNumber.setMaxLength(100);
        docNumber.setWidthFull();
        docNumber.setValue(request.docNumber() == null ? "" : request.docNumber());
        List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
        var upload = Uploads.attachments("track-correct-files", files);
        Span filesLabel = new Span(getTranslation("trackRequest.correct.files", Attachments.MAX_FILES,
                Attachments.MAX_BYTES / 1024 / 1024));
        filesLabel.addClassName("field-label");
        Map<String, HasValidation> fields = Map.of("description", description, "docNumber", docNumber);
        Fields form = e -> {
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field == null) {
                return false;
            }
            Notices.refused(owner, e, fields);
            return true;
        };
        Button send = new Button(getTranslation("trackRequest.correct.submit"), e -> correct.accept(
                new Correction(description.getValue(), docNumber.getValue(), List.copyOf(files), form)));
        send.setId("track-correct-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph help = new Paragraph(getTranslation("trackRequest.correct.help",
                request.correctionDue() == null ? "" : Dates.dateWithWeekday(owner, request.correctionDue())));
        Div card = new Div(new H3(getTranslation("trackRequest.correct.title")), help, description, docNumber,
                filesLabel, upload, new Div(send));
        card.addClassName("form-card");
        card.setId("track-correct");
        return card;
    }

    /** 撤回申请: a line and a quiet button at the foot of the page, or nothing when the application is closed. */
    Div withdrawal() {
        Div foot = new Div();
        foot.setId("track-request-withdrawal");
        foot.addClassName("track-withdrawal");
        if (!request.canWithdraw()) {
            foot.setVisible(false);
            return foot;
        }
        Button open = new Button(getTranslation("trackRequest.withdraw"), e -> withdrawDialog().open());
        open.setId("track-request-withdraw");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        foot.add(new Paragraph(getTranslation("trackRequest.withdraw.help")), open);
        return foot;
    }

    private Dialog withdrawDialog() {
        Dialog dialog = new Dialog(getTranslation("trackRequest.withdraw"));
        dialog.setId("track-request-withdraw-confirm");
        dialog.setWidth("min(600px, 96vw)");
        TextArea reason = new TextArea(getTranslation("inforequest.field.withdrawReason"));
        reason.setId("track-request-withdraw-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("trackRequest.withdraw.confirm")), reason);
        Button confirm = new Button(getTranslation("trackRequest.withdraw"), e -> {
            dialog.close();
            withdraw.accept(reason.getValue());
        });
        confirm.setId("track-request-withdraw-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }

    private String getTranslation(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
