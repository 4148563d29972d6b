package org.sunshine.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.Notices;
import org.sunshine.notification.OutboxMessage;
import org.sunshine.notification.OutboxState;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

/** One message of the outbox, whole: the full address, the text as sent, every fact of its sending; a retry if it failed. */
class MessageDialog extends Dialog {

    MessageDialog(OutboxMessage m, BusinessClock clock, Runnable retry) {
        setId("message-dialog");
        setHeaderTitle(getTranslation("notification.message.title", m.id()));
        setWidth("min(720px, 96vw)");
        String state = getTranslation("notification.state." + m.state().name())
                + (m.skipReason() == null ? "" : " · " + getTranslation("notification.skip." + m.skipReason().name()));
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("notification.col.channel", getTranslation("notification.channel." + m.channel().name()))
                .fact("notification.col.recipient", m.recipient())
                .fact("notification.col.event", m.eventKey())
                .fact("notification.message.template", m.template() + " (" + m.locale() + ")")
                .fact("notification.col.state", state)
                .fact("notification.col.attempts", String.valueOf(m.attempts()))
                .fact("notification.message.next", m.state() == OutboxState.PENDING ? time(clock, m.nextAttemptAt()) : "")
                .fact("notification.message.error", m.lastError())
                .fact("notification.message.provider", m.provider() == null ? ""
                        : m.provider() + (m.providerRef() == null ? "" : " · " + m.providerRef()))
                .fact("notification.col.created", time(clock, m.createdAt()))
                .fact("notification.col.sent", time(clock, m.sentAt()))
                .fact("notification.message.subject", m.subject());
        Pre text = new Pre(m.body());
        text.setId("message-text");
        text.getStyle().set("white-space", "pre-wrap").set("word-break", "break-word");
        add(facts, text);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("message-close");
        if (m.state() == OutboxState.FAILED) {
            Button again = new Button(getTranslation("notification.message.retry"), e -> {
                try {
                    retry.run();
                } catch (DomainException ex) {
                    Notices.refused(this, ex, Map.of());
                    return;
                }
                Notices.success(getTranslation("notification.message.retried"));
                close();
            });
            again.setId("message-retry");
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close, again);
        } else {
            getFooter().add(close);
        }
    }

    private static String time(BusinessClock clock, Instant instant) {
        return instant == null ? "" : ZonedDateTime.ofInstant(instant, clock.zone()).format(MessagesView.STAMP);
    }
}
