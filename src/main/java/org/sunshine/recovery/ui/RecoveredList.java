package org.sunshine.recovery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.RecoveredCodes;
import org.sunshine.recovery.Grant;
import org.sunshine.recovery.RecoveredItem;
import org.sunshine.recovery.Recovery;

import java.time.ZoneId;
import java.util.List;

/**
 * The recovered items, most recent first: kind, number, state, date, the subject in full; a new query code on
 * request (confirmed: the old one stops working), then the code and a link to the tracking page, which opens the item
 * by itself in this session.
 */
class RecoveredList extends Div {

    private final Recovery recovery;
    private final Grant grant;
    private final ZoneId zone;

    RecoveredList(Recovery recovery, Grant grant, List<RecoveredItem> items, ZoneId zone) {
        this.recovery = recovery;
        this.grant = grant;
        this.zone = zone;
        setId("recovery-items");
        addClassName("recovery-items");
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("recovery.items.none"));
            none.setId("recovery-none");
            none.addClassName("form-card");
            add(none);
        }
        items.forEach(item -> add(row(item)));
    }

    private Div row(RecoveredItem item) {
        Span kind = new Span(getTranslation(item.kind().labelKey()));
        kind.getElement().getThemeList().add("badge contrast");
        Span number = new Span(item.number());
        number.addClassName("recovery-number");
        Span state = new Span(getTranslation(item.stateKey()));
        state.getElement().getThemeList().add(item.open() ? "badge" : "badge success");
        Span date = new Span(Dates.time(this, item.filedAt(), zone));
        date.addClassName("recovery-date");
        Div head = new Div(kind, number, state, date);
        head.addClassName("recovery-head");
        Paragraph title = new Paragraph(item.title());
        title.addClassName("recovery-title");
        // a long application is cut after three lines: the whole text on hover, and on its tracking page
        title.setTitle(item.title());
        Div row = new Div(head, title);
        if (item.organ() != null) {
            Span organ = new Span(item.organ());
            organ.addClassName("form-note");
            row.add(organ);
        }
        Div actions = new Div();
        actions.addClassName("recovery-actions");
        row.add(actions);
        row.addClassNames("form-card", "recovery-item");
        row.setId("recovery-item-" + item.number());
        String kindKey = kindKey(item.kind());
        RecoveredCodes.of(kindKey, item.number()).ifPresentOrElse(code -> issued(actions, item, code),
                () -> offer(actions, item));
        return row;
    }

    private void offer(Div actions, RecoveredItem item) {
        Button issue = new Button(getTranslation("recovery.newCode"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("recovery.newCode"),
                    getTranslation("recovery.newCode.confirm", item.number()), getTranslation("recovery.newCode.yes"),
                    c -> issue(actions, item));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setId("recovery-confirm");
            confirm.open();
        });
        issue.setId("recovery-issue-" + item.number());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(issue);
    }

    private void issue(Div actions, RecoveredItem item) {
        String code;
        try {
            code = recovery.newQueryCode(grant, item.kind(), item.number());
        } catch (DomainException e) {
            Notices.error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        RecoveredCodes.keep(kindKey(item.kind()), item.number(), code);
        actions.removeAll();
        issued(actions, item, code);
    }

    private void issued(Div actions, RecoveredItem item, String code) {
        Span label = new Span(getTranslation("recovery.newCode.label"));
        Span value = new Span(code);
        value.setId("recovery-code-" + item.number());
        value.addClassName("code");
        Anchor open = new Anchor(item.kind().trackingLink(item.number()), getTranslation("recovery.open"));
        open.setId("recovery-open-" + item.number());
        open.addClassName("recovery-open");
        Paragraph keep = new Paragraph(getTranslation("recovery.newCode.keep"));
        keep.addClassName("form-note");
        Div line = new Div(label, value, open);
        line.addClassName("recovery-code-row");
        actions.add(line, keep);
    }

    private static String kindKey(RecoveredItem.Kind kind) {
        return kind == RecoveredItem.Kind.COMPLAINT ? RecoveredCodes.COMPLAINT : RecoveredCodes.APPLICATION;
    }
}
