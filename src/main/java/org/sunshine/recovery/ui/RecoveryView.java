package org.sunshine.recovery.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.captcha.CaptchaField;
import org.sunshine.base.captcha.ChallengeGenerator;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.base.ui.RecoveredCodes;
import org.sunshine.recovery.Grant;
import org.sunshine.recovery.Recovery;

/**
 * 找回查询码: the phone or e-mail given at filing and the human check; then the one-time code sent there; then the
 * items filed with that contact, each with a new query code on request and a link to its tracking page, which opens
 * without the code in this browser session. What was proved is kept on the server, in the session.
 */
@Prototype
@AnonymousAllowed
@Route(value = RecoveredCodes.ROUTE, layout = PublicLayout.class)
public class RecoveryView extends Div implements HasDynamicTitle {

    static final String GRANT = RecoveryView.class.getName() + ".grant";

    private final Recovery recovery;
    private final ClientAddresses addresses;
    private final BusinessClock clock;
    private final ChallengeGenerator challenges;
    private final Div step = new Div();

    public RecoveryView(Recovery recovery, ClientAddresses addresses, BusinessClock clock,
                        ChallengeGenerator challenges) {
        this.recovery = recovery;
        this.addresses = addresses;
        this.clock = clock;
        this.challenges = challenges;
        addClassNames("track-view", "recovery-view");
        step.setId("recovery-step");
        add(step);
        Object grant = VaadinSession.getCurrent().getAttribute(GRANT);
        if (grant instanceof Grant g) {
            showItems(g);
        } else {
            askContact();
        }
    }

    /** Step 1: the contact and the human check. */
    private void askContact() {
        step.removeAll();
        TextField contact = new TextField(getTranslation("recovery.contact"));
        contact.setId("recovery-contact");
        contact.setMaxLength(100);
        contact.setWidthFull();
        contact.setHelperText(getTranslation("recovery.contact.help"));
        CaptchaField captcha = new CaptchaField(challenges);
        Button send = new Button(getTranslation("recovery.send"));
        send.setId("recovery-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            contact.setInvalid(false);
            if (!captcha.verify()) {
                return;
            }
            Recovery.Requested requested;
            try {
                requested = recovery.request(contact.getValue(), addresses.current(), getLocale());
            } catch (DomainException ex) {
                if ("contact".equals(ex.field())) {
                    contact.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    contact.setInvalid(true);
                } else {
                    Notices.error(getTranslation(ex.messageKey(), ex.args()));
                }
                return;
            }
            askCode(contact.getValue().strip(), requested);
        });
        Div card = card(new H2(getTranslation("recovery.title")), new Paragraph(getTranslation("recovery.intro")),
                contact, captcha, new Div(send));
        Paragraph note = new Paragraph(getTranslation("recovery.privacy"));
        note.addClassName("form-note");
        card.add(note);
        step.add(card);
        contact.focus();
    }

    /** Step 2: the code sent (if the contact is known: the screen says the same either way). */
    private void askCode(String contact, Recovery.Requested requested) {
        step.removeAll();
        Paragraph sent = new Paragraph(getTranslation("recovery.sent", requested.minutes()));
        sent.setId("recovery-sent");
        TextField code = new TextField(getTranslation("recovery.code"));
        code.setId("recovery-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.setWidth("10em");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Button verify = new Button(getTranslation("recovery.verify"));
        verify.setId("recovery-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> {
            try {
                Grant grant = recovery.verify(requested.ticket(), contact, code.getValue(), addresses.current());
                VaadinSession.getCurrent().setAttribute(GRANT, grant);
                showItems(grant);
            } catch (DomainException ex) {
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                code.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(code, verify);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        Button again = new Button(getTranslation("recovery.again"), e -> askContact());
        again.setId("recovery-again");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        step.add(card(new H2(getTranslation("recovery.title")), sent, row, again));
        code.focus();
    }

    /** Step 3: the contact's items. */
    private void showItems(Grant grant) {
        step.removeAll();
        Button other = new Button(getTranslation("recovery.other"), e -> {
            VaadinSession.getCurrent().setAttribute(GRANT, null);
            askContact();
        });
        other.setId("recovery-other");
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div head = card(new H2(getTranslation("recovery.items.title")),
                new Paragraph(getTranslation("recovery.items.intro")), other);
        step.add(head, new RecoveredList(recovery, grant, recovery.items(grant), clock.zone()));
    }

    private static Div card(com.vaadin.flow.component.Component... parts) {
        Div card = new Div(parts);
        card.addClassName("form-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title");
    }
}
