package org.sunshine.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.LocaleResolver;

/** The layout of the public pages: the site's name, the language switch, a way in for staff, the office's footer. */
@Prototype
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public PublicLayout(LocaleResolver locales, OfficeSettings office, SignInState signIn) {
        addClassName("public-layout");
        // the whole name, or on a phone a short one that stays on one line
        Span full = new Span(getTranslation("app.title"));
        full.addClassName("brand-full");
        Span shortName = new Span(getTranslation("app.shortTitle"));
        shortName.addClassName("brand-short");
        Anchor brand = new Anchor("/", full, shortName);
        brand.setId("public-brand");
        brand.addClassName("app-brand");
        brand.setTitle(getTranslation("app.title"));
        Anchor staff = signIn.signedIn()
                ? new Anchor("/workbench", getTranslation("public.toWorkbench"))
                : new Anchor("/login", getTranslation("public.staffLogin"));
        staff.setId("staff-login-link");
        staff.addClassName("staff-link");
        HorizontalLayout header = new HorizontalLayout(brand, new LanguageSwitch(locales), staff);
        header.expand(brand);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("public-header");
        Header top = new Header(header);

        content.addClassName("public-content");
        Footer footer = new Footer(new Span(getTranslation("public.footer", office.name())));
        footer.addClassName("public-footer");
        add(top, content, footer);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
