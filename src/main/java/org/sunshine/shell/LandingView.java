package org.sunshine.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.ui.LandingSection;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;

import java.util.List;

/**
 * The public home page: what the platform is, what the public can do on it (features still being built are marked
 * as coming, not linked), and the key areas under supervision with the departments that lead them.
 */
@Prototype
@AnonymousAllowed
@Route(value = "", layout = PublicLayout.class)
public class LandingView extends Div implements HasDynamicTitle {

    /** A public service: its i18n key, icon, and address (null while it is still being built). */
    record Service(String key, VaadinIcon icon, String route) {
    }

    /** The public services, in the order a citizen needs them. */
    static final List<Service> SERVICES = List.of(
            new Service("submit", VaadinIcon.EDIT, "submit"),
            new Service("track", VaadinIcon.SEARCH, "track"),
            new Service("bulletins", VaadinIcon.NEWSPAPER, "public/bulletins"),
            new Service("rankings", VaadinIcon.BAR_CHART, "public/scoreboard"),
            new Service("openData", VaadinIcon.DOWNLOAD, "public/open-data"),
            new Service("calculator", VaadinIcon.CALENDAR, "calendar"));

    public LandingView(KeyAreaService areas, OfficeSettings office, List<LandingSection> sections) {
        addClassName("landing");
        Div hero = new Div(new H2(getTranslation("landing.heading")),
                new Paragraph(getTranslation("landing.intro", office.name(), office.city())));
        hero.addClassName("landing-hero");
        add(hero);

        add(new H3(getTranslation("landing.services")));
        Div services = new Div();
        services.addClassName("card-grid");
        for (Service service : SERVICES) {
            String key = "landing.service." + service.key();
            Div card = new Div(service.icon().create(), new H3(getTranslation(key + ".title")),
                    new Paragraph(getTranslation(key + ".text")));
            card.addClassName("service-card");
            if (service.route() == null) {
                Span status = new Span(getTranslation("landing.comingSoon"));
                status.getElement().getThemeList().add("badge contrast");
                card.add(status);
                services.add(card);
            } else {
                Anchor link = new Anchor(service.route(), card);
                link.setId("service-" + service.key());
                link.addClassName("service-link");
                card.add(new Span(getTranslation("landing.open")));
                services.add(link);
            }
        }
        add(services);

        add(new H3(getTranslation("landing.keyAreas")));
        Div areaList = new Div();
        areaList.setId("key-areas");
        areaList.addClassName("card-grid");
        for (KeyAreaRow area : areas.list(false)) {
            Div card = new Div(new H3(area.name()), new Paragraph(area.description()));
            if (area.leadDepartmentName() != null) {
                card.add(new Span(getTranslation("landing.leadBy", area.leadDepartmentName())));
            }
            card.addClassName("area-card");
            areaList.add(card);
        }
        add(areaList);
        sections.forEach(section -> section.section().ifPresent(this::add));

        Div how = new Div(new H3(getTranslation("landing.how")), new Paragraph(getTranslation("landing.how.text")));
        how.addClassName("landing-how");
        add(how);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
