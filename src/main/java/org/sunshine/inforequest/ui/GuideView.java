package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.inforequest.Guides;
import org.sunshine.inforequest.Organs;

import java.util.List;
import java.util.Map;

/**
 * 政府信息公开指南: the public chooses an organ (the city government first) and reads its guide — how to apply, the
 * office that takes applications, its address, hours and contacts, the organ's notes — with a link to apply to it. An
 * organ that has not written its guide yet shows the general wording. {@code ?organ=<key>} chooses the organ.
 */
@Prototype
@AnonymousAllowed
@Route(value = "disclosure/guide", layout = PublicLayout.class)
public class GuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Guides guides;
    private final BusinessClock clock;
    private final List<Organs.Organ> organs;
    private final ComboBox<Organs.Organ> chooser;
    private final Div content = new Div();

    public GuideView(Guides guides, Organs organs, BusinessClock clock) {
        this.guides = guides;
        this.clock = clock;
        this.organs = organs.all();
        addClassName("guide-view");
        chooser = new ComboBox<>(getTranslation("guide.choose"), this.organs);
        chooser.setItemLabelGenerator(Organs.Organ::name);
        chooser.setId("guide-organ");
        chooser.setWidthFull();
        chooser.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
                if (e.isFromClient()) {
                    UI.getCurrent().getPage().getHistory().replaceState(null, new Location("disclosure/guide",
                            new QueryParameters(Map.of("organ", List.of(e.getValue().key())))));
                }
            }
        });
        Div top = new Div(new H2(getTranslation("guide.title")), new Paragraph(getTranslation("guide.intro")), chooser);
        top.addClassName("form-card");
        content.setId("guide-content");
        add(top, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getLocation().getQueryParameters().getSingleParameter("organ").orElse(Organs.GOVERNMENT);
        organs.stream().filter(o -> o.key().equals(key)).findFirst()
                .or(() -> organs.stream().findFirst()).ifPresent(chooser::setValue);
    }

    private void show(Organs.Organ organ) {
        content.removeAll();
        Guides.Guide g = guides.guide(organ.key());
        H3 title = new H3(getTranslation("guide.of", g.organName()));
        title.setId("guide-title");
        Paragraph how = new Paragraph(g.howToApply() != null ? g.howToApply()
                : getTranslation("guide.howToApply.default", g.organName()));
        how.setId("guide-how");
        how.addClassName("complaint-content");
        DetailParts.Facts office = new DetailParts.Facts()
                .fact("inforequest.guide.officeName", g.officeName())
                .fact("inforequest.guide.address", g.address())
                .fact("inforequest.guide.postalCode", g.postalCode())
                .fact("inforequest.guide.officeHours", g.officeHours().isEmpty()
                        ? getTranslation("guide.officeHours.default") : g.officeHours())
                .fact("inforequest.guide.phone", g.phone())
                .fact("inforequest.guide.fax", g.fax())
                .fact("inforequest.guide.email", g.email());
        office.setId("guide-office");
        Anchor apply = new Anchor("/disclosure/apply?organ=" + g.organKey(), "");
        Button applyButton = new Button(getTranslation("guide.apply", g.organName()), VaadinIcon.EDIT.create());
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setTabIndex(-1);
        apply.add(applyButton);
        apply.setId("guide-apply");
        Div card = new Div(title, new H3(getTranslation("guide.section.how")), how,
                new H3(getTranslation("guide.section.office")), office);
        card.addClassName("form-card");
        card.add(new H3(getTranslation("guide.section.rules")),
                new Paragraph(getTranslation("guide.rules", g.organName())));
        if (g.notes() != null) {
            Paragraph notes = new Paragraph(g.notes());
            notes.setId("guide-notes");
            notes.addClassName("complaint-content");
            card.add(new H3(getTranslation("guide.section.notes")), notes);
        }
        if (g.updatedAt() != null) {
            Paragraph updated = new Paragraph(getTranslation("guide.updated", Dates.time(this, g.updatedAt(), clock.zone())));
            updated.addClassName("form-note");
            card.add(updated);
        }
        card.add(new Div(apply));
        content.add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.title");
    }
}
