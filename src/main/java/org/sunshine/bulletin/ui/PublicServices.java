package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.PublicService;

/** The published bulletins, on the landing page. */
@Factory
class PublicServices {

    @Singleton
    @Named("bulletins")
    PublicService bulletins() {
        return new PublicService("bulletins", VaadinIcon.NEWSPAPER, "public/bulletins", 30);
    }
}
