package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.bulletin.Bulletin;
import org.sunshine.bulletin.BulletinAction;
import org.sunshine.bulletin.BulletinIssue;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.bulletin.BulletinSignOff;
import org.sunshine.bulletin.BulletinState;
import org.sunshine.bulletin.Circulation;
import org.sunshine.bulletin.DraftEditing;
import org.sunshine.bulletin.TextForm;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Locale;

/**
 * The buttons of a bulletin's page: edit the draft's text, the workflow steps the viewer may take (each in a dialog,
 * on the bulletin as the page loaded it), and a department's 签收.
 */
class BulletinActions extends HorizontalLayout {

    private final long id;
    private final DraftEditing editing;
    private final BulletinSignOff signOff;
    private final BulletinIssue issue;
    private final Circulation circulation;
    private final SignedInUser viewer;
    private final Runnable refresh;

    /** Makes the buttons for a page, with the services they act through. */
    @Singleton
    record Factory(DraftEditing editing, BulletinSignOff signOff, BulletinIssue issue, Circulation circulation) {

        BulletinActions create(BulletinPage.Detail d, SignedInUser viewer, Runnable refresh) {
            return new BulletinActions(d, editing, signOff, issue, circulation, viewer, refresh);
        }
    }

    private BulletinActions(BulletinPage.Detail d, DraftEditing editing, BulletinSignOff signOff, BulletinIssue issue,
                            Circulation circulation, SignedInUser viewer, Runnable refresh) {
        this.id = d.bulletin().getId();
        this.editing = editing;
        this.signOff = signOff;
        this.issue = issue;
        this.circulation = circulation;
        this.viewer = viewer;
        this.refresh = refresh;
        setId("bulletin-actions");
        getStyle().set("flex-wrap", "wrap");
        build(d);
    }

    private void build(BulletinPage.Detail d) {
        HorizontalLayout actions = this;
        actions.setId("bulletin-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        Bulletin b = d.bulletin();
        if (d.editable()) {
            Button edit = new Button(getTranslation("bulletin.editText"), VaadinIcon.EDIT.create(), e -> textDialog(b).open());
            edit.setId("bulletin-edit");
            actions.add(edit);
        }
        for (BulletinAction action : List.of(BulletinAction.SUBMIT, BulletinAction.SEND_BACK, BulletinAction.SIGN,
                BulletinAction.ISSUE, BulletinAction.REVOKE)) {
            if (d.actions().contains(action)) {
                Button button = new Button(getTranslation("bulletin.action." + action.name()),
                        e -> stepDialog(action, b.getVersion()).open());
                button.setId("bulletin-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                button.addThemeVariants(action == BulletinAction.SEND_BACK || action == BulletinAction.REVOKE
                        ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
                button.setEnabled(action != BulletinAction.SUBMIT || d.blockers().isEmpty());
                actions.add(button);
            }
        }
        if (d.ownReceipt() != null && d.ownReceipt().signedAt() == null && b.getState() == BulletinState.ISSUED) {
            Button sign = new Button(getTranslation("bulletin.signFor"), VaadinIcon.CHECK_SQUARE_O.create(), e -> {
                ActionDialog dialog = new ActionDialog("dialog-sign-for", getTranslation("bulletin.signFor"),
                        getTranslation("bulletin.signFor.help"));
                dialog.confirm(getTranslation("bulletin.signFor"), "bulletin.signedFor", () -> circulation.signFor(id, viewer),
                        refresh).open();
            });
            sign.setId("bulletin-sign-for");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(sign);
        }
    }

    /** A workflow step on the bulletin as this page loaded it ({@code version}): refused if it has changed since. */
    private ActionDialog stepDialog(BulletinAction action, int version) {
        String name = action.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ActionDialog dialog = new ActionDialog("dialog-" + name, getTranslation("bulletin.action." + action.name()),
                getTranslation("bulletin.step." + action.name() + ".help"));
        String label = getTranslation("bulletin.action." + action.name());
        String done = "bulletin.done." + action.name();
        switch (action) {
            case SUBMIT -> {
                TextArea note = dialog.field("note", text("bulletin.step.note", 500));
                dialog.confirm(label, done, () -> signOff.submit(id, version, note.getValue(), viewer), refresh);
            }
            case SEND_BACK -> {
                TextArea comments = dialog.field("comments", text("bulletin.step.comments", 2000));
                dialog.confirm(label, done, () -> signOff.sendBack(id, version, comments.getValue(), viewer), refresh);
            }
            case SIGN -> {
                TextArea note = dialog.field("note", text("bulletin.step.note", 500));
                dialog.confirm(label, done, () -> signOff.sign(id, version, note.getValue(), viewer), refresh);
            }
            case ISSUE -> dialog.confirm(label, done, () -> issue.issue(id, viewer), refresh);
            case REVOKE -> {
                TextArea reason = dialog.field("reason", text("bulletin.step.reason", 500));
                dialog.confirm(label, done, () -> signOff.revoke(id, reason.getValue(), viewer), refresh);
            }
            default -> throw new IllegalStateException("No dialog for " + action);
        }
        return dialog;
    }

    private ActionDialog textDialog(Bulletin b) {
        ActionDialog dialog = new ActionDialog("dialog-text", getTranslation("bulletin.editText"), getTranslation("bulletin.editText.help"));
        dialog.setWidth("min(960px, 96vw)");
        TextField titleField = dialog.field("title", new TextField(getTranslation("bulletin.title")));
        titleField.setValue(b.getTitle());
        titleField.setWidthFull();
        titleField.setMaxLength(200);
        titleField.setId("text-title");
        TextField addressees = dialog.field("addressees", new TextField(getTranslation("bulletin.addressees")));
        addressees.setMaxLength(500);
        addressees.setValue(b.getAddressees());
        addressees.setWidthFull();
        addressees.setId("text-addressees");
        TextArea body = dialog.field("body", new TextArea(getTranslation("bulletin.body")));
        body.setMaxLength(20000);
        body.setValue(b.getBody());
        body.setWidthFull();
        body.setMinHeight("24em");
        body.setId("text-body");
        body.setHelperText(getTranslation("bulletin.body.help"));
        TextField copyTo = dialog.field("copyTo", new TextField(getTranslation("bulletin.copyTo")));
        copyTo.setMaxLength(300);
        copyTo.setValue(b.getCopyTo());
        copyTo.setWidthFull();
        copyTo.setId("text-copy-to");
        Checkbox publicRelease = new Checkbox(getTranslation("bulletin.publicRelease"), b.isPublicRelease());
        publicRelease.setId("text-public");
        dialog.addContent(publicRelease);
        return dialog.confirm(getTranslation("common.save"), "common.saved", () -> editing.saveText(id, b.getVersion(), new TextForm(
                titleField.getValue(), addressees.getValue(), body.getValue(), copyTo.getValue(), publicRelease.getValue()),
                viewer), refresh);
    }

    private TextArea text(String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(max);
        area.setId("bulletin-step-text");
        return area;
    }

}
