package org.sunshine.security;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.LocaleResolver;
import org.sunshine.base.i18n.Messages;

import java.util.Locale;

/**
 * What the browser says when the node that served the page is gone (docs/architecture.md, "Several nodes"). With
 * several nodes behind a proxy that keeps each browser on one node by a cookie, the next request after that node dies
 * goes to another, which has no such session: Vaadin answers "session expired", and the browser shows the texts it
 * was given with the page. Vaadin's own say nothing useful ("Session Expired", or a silent reload); these say in plain
 * words, in the page's language, that the server changed, that what was saved is kept and what was being typed and not
 * yet sent is not (every save is one transaction: nothing is half-saved), and — on a page opened signed in — that the
 * user must sign in again. A click reloads the page: a public page opens afresh, a staff page goes to the sign-in page
 * of the new node and, once signed in, back to the same page. While no node answers at all (the node is down and the
 * proxy has not noticed yet), the reconnecting indicator says that the server may be changing, and what to do if it
 * gives up.
 */
@Singleton
class ServerChangeMessages implements VaadinServiceInitListener, SystemMessagesProvider {

    private final Messages messages;
    private final CurrentUser currentUser;

    ServerChangeMessages(Messages messages, CurrentUser currentUser) {
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this);
        event.getSource().addUIInitListener(e -> reconnecting(e.getUI().getReconnectDialogConfiguration(),
                LocaleResolver.resolve(VaadinRequest.getCurrent(), e.getUI().getSession())));
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = LocaleResolver.resolve(info.getRequest(), session);
        boolean signedIn = session != null && currentUser.holdsSignIn(session.getSession());
        return messages(locale, signedIn);
    }

    /** The texts for a page in {@code locale}, opened with a staff sign-in or not; every URL is the page itself. */
    CustomizedSystemMessages messages(Locale locale, boolean signedIn) {
        CustomizedSystemMessages texts = new CustomizedSystemMessages();
        texts.setSessionExpiredNotificationEnabled(true);
        texts.setSessionExpiredCaption(text("cluster.serverChanged.caption", locale));
        texts.setSessionExpiredMessage(text(signedIn ? "cluster.serverChanged.staff" : "cluster.serverChanged.public", locale));
        texts.setSessionExpiredURL(null);
        return texts;
    }

    /** While the browser cannot reach any node, and once it gives up trying. */
    void reconnecting(ReconnectDialogConfiguration dialog, Locale locale) {
        dialog.setDialogText(text("cluster.reconnecting", locale));
        dialog.setDialogTextGaveUp(text("cluster.reconnectGaveUp", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getTranslation(key, locale);
    }
}
