package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.Uploads;
import org.sunshine.inforequest.Consultation;
import org.sunshine.inforequest.ConsultationKind;
import org.sunshine.inforequest.ExtensionBasis;
import org.sunshine.inforequest.FeeMode;
import org.sunshine.inforequest.ReplyForm;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.RequestAction;
import org.sunshine.inforequest.RequestDetail;
import org.sunshine.inforequest.RequestHandling;
import org.sunshine.inforequest.RequestPauses;
import org.sunshine.inforequest.RequestSettings;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The dialogs of the steps staff take on an application: each takes what its step needs and calls the service,
 * which checks everything again; a refusal is shown on its field and nothing changes.
 */
final class RequestStepDialogs {

    private final RequestHandling handling;
    private final RequestPauses pauses;
    private final RequestSettings settings;
    private final SignedInUser viewer;
    private final Component in;
    private final LocalDate today;

    RequestStepDialogs(RequestHandling handling, RequestPauses pauses, RequestSettings settings, SignedInUser viewer,
                       Component in, LocalDate today) {
        this.today = today;
        this.handling = handling;
        this.pauses = pauses;
        this.settings = settings;
        this.viewer = viewer;
        this.in = in;
    }

    static String idOf(RequestAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    ActionDialog dialog(RequestAction action, RequestDetail d, Runnable done) {
        long id = d.request().getId();
        String label = t("inforequest.action." + action.name());
        ActionDialog dialog = new ActionDialog("dialog-" + idOf(action), label,
                t("inforequest.staff.help." + action.name()));
        String ok = "inforequest.staff.done." + action.name();
        switch (action) {
            case REGISTER -> dialog.confirm(label, ok, () -> handling.register(id, viewer), done);
            case REQUEST_CORRECTION -> {
                TextArea items = dialog.field("items", area("inforequest.field.correctionItems", 2000));
                dialog.confirm(label, ok, () -> handling.requestCorrection(id, items.getValue(), viewer), done);
            }
            case CORRECT -> {
                TextArea description = dialog.field("description", area("inforequest.field.description", 2000));
                description.setValue(d.request().getDescription());
                TextField docNumber = dialog.field("docNumber", text("inforequest.field.docNumber", 100));
                docNumber.setValue(d.request().getDocNumber() == null ? "" : d.request().getDocNumber());
                dialog.confirm(label, ok, () -> handling.recordCorrection(id, description.getValue(),
                        docNumber.getValue(), viewer), done);
            }
            case CONSULT -> {
                Select<ConsultationKind> kind = dialog.field("kind", select("inforequest.staff.consultationKind",
                        "inforequest.consultation.", ConsultationKind.values()));
                kind.setValue(ConsultationKind.THIRD_PARTY);
                TextField party = dialog.field("party", text("inforequest.field.party", 200));
                TextArea question = dialog.field("question", area("inforequest.field.question", 2000));
                dialog.confirm(label, ok, () -> pauses.consult(id, kind.getValue(), party.getValue(),
                        question.getValue(), viewer), done);
            }
            case CONSULTATION_ANSWERED -> {
                Consultation open = d.consultations().stream().filter(c -> !c.answered()).findFirst().orElseThrow();
                dialog.addContent(new com.vaadin.flow.component.html.Paragraph(open.party()));
                DatePicker on = dialog.field("answeredOn", DatePickers.create(t("inforequest.staff.answeredOn")));
                on.setId("answered-on");
                on.setValue(today);
                on.setMin(open.sentOn());
                TextArea answer = dialog.field("answer", area("inforequest.field.answer", 2000));
                dialog.confirm(label, ok, () -> pauses.answer(id, open.id(), on.getValue(), answer.getValue(), viewer),
                        done);
            }
            case REQUEST_EXTENSION -> {
                Select<ExtensionBasis> basis = dialog.field("basis", select("inforequest.staff.extensionBasis",
                        "inforequest.extension.", ExtensionBasis.values()));
                basis.setValue(ExtensionBasis.ART33);
                IntegerField days = dialog.field("days", new IntegerField(t("inforequest.staff.extensionDays",
                        settings.maxExtensionDays())));
                days.setId("extension-days");
                days.setMin(1);
                days.setValue(settings.maxExtensionDays());
                days.setStepButtonsVisible(true);
                TextArea reason = dialog.field("reason", area("inforequest.field.reason", 2000));
                dialog.confirm(label, ok, () -> pauses.requestExtension(id, basis.getValue(),
                        days.getValue() == null ? 0 : days.getValue(), reason.getValue(), viewer), done);
            }
            case APPROVE_EXTENSION, REFUSE_EXTENSION -> {
                boolean approve = action == RequestAction.APPROVE_EXTENSION;
                TextArea note = dialog.field("note", area(approve ? "inforequest.field.note"
                        : "inforequest.field.reason", 500));
                dialog.confirm(label, ok, () -> pauses.decideExtension(id, approve, note.getValue(), viewer), done);
            }
            case REQUEST_FEE -> {
                Select<FeeMode> mode = dialog.field("mode", select("inforequest.staff.feeMode", "inforequest.fee.",
                        FeeMode.values()));
                IntegerField quantity = dialog.field("quantity", new IntegerField(t("inforequest.staff.feeQuantity")));
                quantity.setMin(1);
                dialog.confirm(label, ok, () -> pauses.requestFee(id, mode.getValue(),
                        quantity.getValue() == null ? 0 : quantity.getValue(), viewer), done);
            }
            case RECORD_PAYMENT -> {
                DatePicker paidOn = dialog.field("paidOn", DatePickers.create(t("inforequest.staff.paidOn")));
                dialog.confirm(label, ok, () -> pauses.recordPayment(id, paidOn.getValue(), viewer), done);
            }
            case REPLY -> reply(dialog, id, label, ok, done);
            case REMIND -> {
                TextArea note = dialog.field("note", area("inforequest.field.note", 500));
                dialog.confirm(label, ok, () -> handling.remind(id, note.getValue(), viewer), done);
            }
            default -> throw new IllegalStateException("No staff dialog for " + action);
        }
        return dialog;
    }

    /** The reply: the result, and the fields that result needs; the basis defaults to the result's article. */
    private void reply(ActionDialog dialog, long id, String label, String ok, Runnable done) {
        dialog.setWidth("min(760px, 96vw)");
        Select<ReplyResult> result = dialog.field("result", select("inforequest.staff.result",
                "inforequest.result.", Arrays.stream(ReplyResult.values()).filter(ReplyResult::byReply)
                        .toArray(ReplyResult[]::new)));
        TextField basis = dialog.field("basis", text("inforequest.field.basis", 200));
        TextArea reason = dialog.field("reason", area("inforequest.field.reason", 2000));
        TextArea withheld = dialog.field("withheld", area("inforequest.field.withheld", 2000));
        TextField otherOrgan = dialog.field("otherOrgan", text("inforequest.field.otherOrgan", 200));
        TextField otherContact = dialog.field("otherOrganContact", text("inforequest.field.otherOrganContact", 200));
        TextArea provision = dialog.field("provision", area("inforequest.field.provision", 500));
        List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
        dialog.addContent(Uploads.attachments("reply-files", files));
        result.addValueChangeListener(e -> {
            ReplyResult r = e.getValue();
            basis.setValue(r == null ? "" : t("inforequest.basis." + r.name()));
            reason.setVisible(r != null && r != ReplyResult.DISCLOSED && r != ReplyResult.ALREADY_PUBLIC);
            withheld.setVisible(r == ReplyResult.PARTIAL);
            otherOrgan.setVisible(r == ReplyResult.NOT_THIS_ORGAN);
            otherContact.setVisible(r == ReplyResult.NOT_THIS_ORGAN);
            provision.setVisible(r != null && (r.provides() || r == ReplyResult.ALREADY_PUBLIC));
        });
        result.setValue(ReplyResult.DISCLOSED);
        dialog.confirm(label, ok, () -> handling.reply(id, new ReplyForm(result.getValue(), basis.getValue(),
                reason.isVisible() ? reason.getValue() : null, withheld.isVisible() ? withheld.getValue() : null,
                otherOrgan.isVisible() ? otherOrgan.getValue() : null,
                otherContact.isVisible() ? otherContact.getValue() : null,
                provision.isVisible() ? provision.getValue() : null, List.copyOf(files)), viewer), done);
    }

    private String t(String key, Object... args) {
        return in.getTranslation(key, args);
    }

    private TextArea area(String labelKey, int max) {
        TextArea area = new TextArea(t(labelKey));
        area.setWidthFull();
        area.setMaxLength(max);
        area.setId("step-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return area;
    }

    private TextField text(String labelKey, int max) {
        TextField text = new TextField(t(labelKey));
        text.setWidthFull();
        text.setMaxLength(max);
        text.setId("step-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return text;
    }

    @SafeVarargs
    private <T extends Enum<T>> Select<T> select(String labelKey, String prefix, T... items) {
        Select<T> select = new Select<>();
        select.setLabel(t(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? "" : t(prefix + v.name()));
        select.setWidthFull();
        select.setId("step-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return select;
    }
}
