package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.finding.Severity;
import org.sunshine.inforequest.ReplyQuality;
import org.sunshine.inforequest.ReplyReviews;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 答复质量评查: the inspector judges an ended application's reply 规范 or 不规范 (with a reason); a 不规范 reply can become
 * a finding (监督意见) against the organ's department in the same step, with its severity and, if chosen, the duty of
 * the responsibility table it is about.
 */
public class ReviewDialog extends FormDialog<ReplyReviews.ReviewForm> {

    private final ReplyReviews reviews;
    private final long requestId;
    private final SignedInUser inspector;

    public ReviewDialog(ReplyReviews reviews, long requestId, SignedInUser inspector, Runnable onSaved) {
        super(ReplyReviews.ReviewForm.class, onSaved);
        this.reviews = reviews;
        this.requestId = requestId;
        this.inspector = inspector;
        setId("review-dialog");
        RadioButtonGroup<ReplyQuality> quality = field("quality", new RadioButtonGroup<>(getTranslation("inforequest.review.quality")));
        quality.setItems(ReplyQuality.values());
        quality.setItemLabelGenerator(q -> getTranslation("inforequest.quality." + q.name()));
        quality.setId("review-quality");
        TextArea reason = field("reason", new TextArea(getTranslation("inforequest.field.qualityReason")));
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("inforequest.review.reason.help"));
        reason.setId("review-reason");
        Checkbox toFinding = new Checkbox(getTranslation("inforequest.review.toFinding"));
        toFinding.setId("review-to-finding");
        RadioButtonGroup<Severity> severity = field("severity", new RadioButtonGroup<>(getTranslation("finding.severity")));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("finding.severity." + s.name()));
        severity.setId("review-severity");
        List<ResponsibilityRow> duties = reviews.duties(requestId);
        Map<Long, ResponsibilityRow> byId = duties.stream().collect(Collectors.toMap(ResponsibilityRow::id, Function.identity()));
        ComboBox<ResponsibilityRow> duty = field("responsibilityItemId", new ComboBox<>(getTranslation("finding.item"), duties));
        duty.setItemLabelGenerator(r -> r.seqNo() + ". " + r.title());
        duty.setClearButtonVisible(true);
        duty.setId("review-item");
        form.add(quality, reason, toFinding, severity, duty);
        form.setColspan(quality, 2);
        form.setColspan(reason, 2);
        form.setColspan(toFinding, 2);
        form.setColspan(severity, 2);
        form.setColspan(duty, 2);
        Runnable showFinding = () -> {
            boolean improper = quality.getValue() == ReplyQuality.IMPROPER;
            toFinding.setVisible(improper);
            severity.setVisible(improper && toFinding.getValue());
            duty.setVisible(improper && toFinding.getValue());
        };
        quality.addValueChangeListener(e -> showFinding.run());
        toFinding.addValueChangeListener(e -> showFinding.run());

        binder.forField(quality).bind("quality");
        binder.forField(reason).bind("reason");
        binder.forField(toFinding).bind("toFinding");
        binder.forField(severity).bind("severity");
        binder.forField(duty).withConverter((ResponsibilityRow r) -> r == null ? null : r.id(),
                (Long id) -> id == null ? null : byId.get(id)).bind("responsibilityItemId");
        showFinding.run();
    }

    /** Opens the dialog on an empty review (不规范 suggested to become a finding, 一般). */
    public void start() {
        edit(new ReplyReviews.ReviewForm(null, "", true, Severity.MINOR, null), getTranslation("inforequest.review.title"));
    }

    @Override
    protected long persist(ReplyReviews.ReviewForm value) {
        return reviews.review(requestId, value, inspector).orElse(0L);
    }
}
