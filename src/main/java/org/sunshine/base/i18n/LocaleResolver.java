package org.sunshine.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every page starts in Chinese (zh-CN) unless the visitor chose English with the language switch, which is
 * remembered in a cookie for a year.
 */
@Singleton
public class LocaleResolver implements VaadinServiceInitListener {

    static final String COOKIE = "sunshine-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Locale locale = resolve(VaadinRequest.getCurrent(), e.getUI().getSession());
            e.getUI().setLocale(locale);
            e.getUI().getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.toLanguageTag());
        });
    }

    /** Switches the visitor's language and reloads the page so that every text is in it. */
    public void switchTo(UI ui, Locale locale) {
        Locale chosen = Messages.supported(locale);
        ui.getSession().setLocale(chosen);
        ui.getSession().setAttribute(COOKIE, chosen.toLanguageTag());
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            // Secure over HTTPS, also behind a trusted TLS proxy (base.web.SecurityValve marks such requests secure)
            VaadinRequest request = VaadinRequest.getCurrent();
            cookie.setSecure(request != null && request.isSecure());
            response.addCookie(cookie);
        }
        ui.getPage().reload();
    }

    /** The page language of a request: the language switch's cookie, else the session's choice, else Chinese. */
    public static Locale resolve(VaadinRequest request, VaadinSession session) {
        if (request != null && request.getCookies() != null) {
            var chosen = Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst();
            if (chosen.isPresent()) {
                return Messages.supported(Locale.forLanguageTag(chosen.get().getValue()));
            }
        }
        return session != null && session.getLocale() != null && session.getAttribute(COOKIE) != null
                ? Messages.supported(session.getLocale()) : Messages.CHINESE;
    }
}
