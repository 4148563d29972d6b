package org.sunshine.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.security.AuthenticationService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.LoginOutcome;
import org.sunshine.security.SessionSettings;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Staff sign-in. Five wrong passwords for an account from one address lock it for that address for 15 minutes (longer
 * each time after), too many failures from the address make it wait, and the form says so; a sign-in ended by the
 * session rules comes back here with the reason.
 */
@Prototype
@AnonymousAllowed
@Route(value = "login", layout = PublicLayout.class)
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AuthenticationService authentication;
    private final CurrentUser currentUser;
    private final BusinessClock clock;
    private final ClientAddresses addresses;
    private final SessionSettings sessions;
    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();

    public LoginView(AuthenticationService authentication, CurrentUser currentUser, BusinessClock clock,
                     ClientAddresses addresses, SessionSettings sessions) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.clock = clock;
        this.addresses = addresses;
        this.sessions = sessions;
        addClassName("login-view");
        signedOut.setId("login-signed-out");
        signedOut.addClassName("login-signed-out");
        signedOut.setVisible(false);
        add(signedOut);
        form.setId("login-form");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("", ""));
        form.addLoginListener(this::login);
        add(form, new Paragraph(getTranslation("login.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("workbench");
            return;
        }
        // why the last sign-in ended, when the session guard sent the browser here (a fixed text, never the parameter)
        String reason = event.getLocation().getQueryParameters().getSingleParameter("signedOut").orElse("");
        signedOut.setText(switch (reason) {
            case "idle" -> getTranslation("login.signedOut.idle", sessions.idleTimeout().toMinutes());
            case "lifetime" -> getTranslation("login.signedOut.lifetime", sessions.lifetime().toHours());
            case "changed" -> getTranslation("login.signedOut.changed");
            default -> "";
        });
        signedOut.setVisible(!signedOut.getText().isEmpty());
    }

    private void login(AbstractLogin.LoginEvent event) {
        LoginOutcome outcome = authentication.authenticate(event.getUsername(), event.getPassword(), addresses.current());
        if (outcome instanceof LoginOutcome.SignedIn signedIn) {
            currentUser.signIn(signedIn.user());
            UI.getCurrent().navigate(redirectTarget());
        } else if (outcome instanceof LoginOutcome.Throttled throttled) {
            fail("login.error.throttled.title", getTranslation(throttled.overall() ? "login.error.throttled.overall"
                    : "login.error.throttled.text", throttled.waitMinutes()));
        } else if (outcome instanceof LoginOutcome.Locked locked) {
            fail("login.error.locked.title", getTranslation("login.error.locked.text", locked.maxFailedLogins(),
                    locked.lockoutMinutes(), ZonedDateTime.ofInstant(locked.until(), clock.zone()).format(TIME)));
        } else if (outcome instanceof LoginOutcome.Disabled) {
            fail("login.error.disabled.title", getTranslation("login.error.disabled.text"));
        } else if (outcome instanceof LoginOutcome.Refused refused) {
            fail("login.error.refused.title", getTranslation(refused.reasonKey()));
        } else if (outcome instanceof LoginOutcome.WrongCredentials wrong) {
            fail("login.error.wrong.title", getTranslation("login.error.wrong.text", wrong.maxFailedLogins(),
                    wrong.lockoutMinutes()));
        }
    }

    private void fail(String titleKey, String message) {
        form.setI18n(i18n(getTranslation(titleKey), message));
        form.setError(true);
        form.setEnabled(true);
    }

    /** Where the user was going before being sent here, if it is a page of this site. */
    private static String redirectTarget() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (stored instanceof String path && !path.isBlank() && !path.startsWith("login") && !path.contains("//")) {
            session.getSession().removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            return path;
        }
        return "workbench";
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(getTranslation("login.required.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.required.password"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
