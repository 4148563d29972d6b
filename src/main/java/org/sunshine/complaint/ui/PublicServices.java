package org.sunshine.complaint.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.PublicService;

/** The complaint services on the landing page: submitting a complaint and tracking it. */
@Factory
class PublicServices {

    @Singleton
    @Named("submit")
    PublicService submit() {
        return new PublicService("submit", VaadinIcon.EDIT, "submit", 10);
    }

    @Singleton
    @Named("track")
    PublicService track() {
        return new PublicService("track", VaadinIcon.SEARCH, "track", 20);
    }
}
