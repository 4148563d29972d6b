package org.sunshine.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.notification.OptOuts;

import java.util.Optional;

/**
 * 停止接收消息: the page an e-mail's link opens. Opening it changes nothing (mail scanners open links); the owner of
 * the address confirms with one click, and the platform sends that address no more messages. A link this platform
 * did not sign is refused.
 */
@Prototype
@AnonymousAllowed
@Route(value = "public/stop-messages", layout = PublicLayout.class)
public class StopMessagesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OptOuts optOuts;
    private final Paragraph text = new Paragraph();
    private final Button confirm = new Button();

    public StopMessagesView(OptOuts optOuts) {
        this.optOuts = optOuts;
        addClassName("stop-messages");
        text.setId("stop-messages-text");
        confirm.setText(getTranslation("notification.stop.confirm"));
        confirm.setId("stop-messages-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        add(new H2(getTranslation("notification.stop.title")), text, confirm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("t").orElse("");
        Optional<String> masked = optOuts.maskedOf(token);
        if (masked.isEmpty()) {
            text.setText(getTranslation("notification.stop.invalid"));
            return;
        }
        text.setText(getTranslation("notification.stop.ask", masked.get()));
        confirm.setVisible(true);
        confirm.addClickListener(e -> {
            optOuts.stopByLink(token).ifPresent(address ->
                    text.setText(getTranslation("notification.stop.done", address)));
            confirm.setVisible(false);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.stop.title");
    }
}
