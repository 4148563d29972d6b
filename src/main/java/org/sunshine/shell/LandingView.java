package org.sunshine.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.ui.LandingSection;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.base.ui.PublicService;

import java.util.Comparator;
import java.util.List;

/**
 * The public home page: what the platform is, what the public can do on it (the {@link PublicService} beans of the
 * features; one still being built is marked as coming, not linked), then the features' {@link LandingSection}s
 * (the key areas under supervision, the supervisors in office) and how it works. It knows no feature.
 */
@Prototype
@AnonymousAllowed
@Route(value = "", layout = PublicLayout.class)
public class LandingView extends Div implements HasDynamicTitle {

    public LandingView(OfficeSettings office, List<PublicService> services, List<LandingSection> sections) {
        addClassName("landing");
        Div hero = new Div(new H2(getTranslation("landing.heading")),
                new Paragraph(getTranslation("landing.intro", office.name(), office.city())));
        hero.addClassName("landing-hero");
        add(hero);

        add(new H3(getTranslation("landing.services")));
        Div cards = new Div();
        cards.addClassName("card-grid");
        services.stream().sorted(Comparator.comparingInt(PublicService::order)).forEach(service -> {
            String key = "landing.service." + service.key();
            Div card = new Div(service.icon().create(), new H3(getTranslation(key + ".title")),
                    new Paragraph(getTranslation(key + ".text")));
            card.addClassName("service-card");
            if (service.route() == null) {
                Span status = new Span(getTranslation("landing.comingSoon"));
                status.getElement().getThemeList().add("badge contrast");
                card.add(status);
                cards.add(card);
            } else {
                Anchor link = new Anchor(service.route(), card);
                link.setId("service-" + service.key());
                link.addClassName("service-link");
                card.add(new Span(getTranslation("landing.open")));
                cards.add(link);
            }
        });
        add(cards);

        sections.stream().sorted(Comparator.comparingInt(LandingSection::order))
                .forEach(section -> section.section().ifPresent(this::add));

        Div how = new Div(new H3(getTranslation("landing.how")), new Paragraph(getTranslation("landing.how.text")));
        how.addClassName("landing-how");
        add(how);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
