package org.sunshine.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.Rating;

import java.util.Set;

/**
 * What the complainant can do on the tracking page, each after a dialog that says what follows: rate the reply (which
 * closes the item) or ask once for it to be handled again — two choices side by side, one line each — and, quietly at
 * the foot of the page, withdraw the item.
 */
class TrackChoices {

    /** The complainant's steps, with the codes already given; each throws a {@code DomainException} to refuse. */
    interface Steps {
        void rate(Rating rating, String comment);

        void reopen(String reason);

        void withdraw(String reason);
    }

    private final Set<ComplaintAction> actions;
    private final Steps steps;
    private final Runnable done;

    TrackChoices(Set<ComplaintAction> actions, Steps steps, Runnable done) {
        this.actions = actions;
        this.steps = steps;
        this.done = done;
    }

    /** 评价答复 and 申请重新办理 as two cards, or nothing when neither can be taken. */
    Div choices() {
        Div cards = new Div();
        cards.setId("track-choices");
        cards.addClassName("track-choices");
        if (actions.contains(ComplaintAction.RATE)) {
            Button open = new Button(cards.getTranslation("track.rate.title"), VaadinIcon.STAR.create(), e -> rateDialog(cards).open());
            open.setId("track-rate-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            cards.add(card(cards, "track-choice-rate", "track.rate.title", "track.rate.line", open));
        }
        if (actions.contains(ComplaintAction.REOPEN)) {
            Button open = new Button(cards.getTranslation("track.reopen"), VaadinIcon.REFRESH.create(), e -> reopenDialog(cards).open());
            open.setId("track-reopen-open");
            cards.add(card(cards, "track-choice-reopen", "track.reopen.title", "track.reopen.help", open));
        }
        cards.setVisible(cards.getComponentCount() > 0);
        return cards;
    }

    /** 撤回诉求: a line and a quiet button at the foot of the page, or nothing when the item can no longer be withdrawn. */
    Div withdrawal() {
        Div foot = new Div();
        foot.setId("track-withdrawal");
        foot.addClassName("track-withdrawal");
        if (!actions.contains(ComplaintAction.WITHDRAW)) {
            foot.setVisible(false);
            return foot;
        }
        Button open = new Button(foot.getTranslation("track.withdraw"), e -> withdrawDialog(foot).open());
        open.setId("track-withdraw-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        foot.add(new Paragraph(foot.getTranslation("track.withdraw.line")), open);
        return foot;
    }

    private static Div card(Div owner, String id, String titleKey, String lineKey, Button open) {
        Div card = new Div(new H3(owner.getTranslation(titleKey)), new Paragraph(owner.getTranslation(lineKey)), open);
        card.setId(id);
        card.addClassNames("form-card", "track-choice");
        return card;
    }

    private ActionDialog rateDialog(Div owner) {
        ActionDialog dialog = new ActionDialog("track-rate-dialog", owner.getTranslation("track.rate.title"),
                owner.getTranslation("track.rate.confirm"));
        RadioButtonGroup<Rating> rating = new RadioButtonGroup<>(owner.getTranslation("track.rate"));
        rating.setId("track-rating");
        rating.setItems(Rating.SATISFIED, Rating.BASICALLY_SATISFIED, Rating.DISSATISFIED);
        rating.setItemLabelGenerator(r -> owner.getTranslation("complaint.rating." + r.name()));
        dialog.field("rating", rating);
        TextArea comment = dialog.field("comment", text(owner.getTranslation("track.comment"), "track-comment"));
        Paragraph window = new Paragraph(owner.getTranslation("track.rate.help"));
        window.addClassName("form-note");
        dialog.addContent(window);
        dialog.confirm(owner.getTranslation("track.rate.submit"), "track.rated",
                () -> steps.rate(rating.getValue(), comment.getValue()), done);
        return dialog;
    }

    private ActionDialog reopenDialog(Div owner) {
        ActionDialog dialog = new ActionDialog("track-reopen-dialog", owner.getTranslation("track.reopen"),
                owner.getTranslation("track.reopen.confirm"));
        TextArea reason = dialog.field("comment", text(owner.getTranslation("track.reopen.reason"), "track-reopen-reason"));
        dialog.confirm(owner.getTranslation("track.reopen"), "track.reopened", () -> steps.reopen(reason.getValue()), done);
        return dialog;
    }

    private ActionDialog withdrawDialog(Div owner) {
        ActionDialog dialog = new ActionDialog("track-withdraw-dialog", owner.getTranslation("track.withdraw.title"),
                owner.getTranslation("track.withdraw.confirm"));
        TextArea reason = dialog.field("comment", text(owner.getTranslation("track.withdraw.reason"), "track-withdraw-reason"));
        dialog.confirm(owner.getTranslation("track.withdraw"), "track.withdrawn", () -> steps.withdraw(reason.getValue()), done);
        return dialog;
    }

    private static TextArea text(String label, String id) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setMaxLength(500);
        area.setWidthFull();
        return area;
    }
}
