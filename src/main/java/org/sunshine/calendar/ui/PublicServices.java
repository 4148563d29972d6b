package org.sunshine.calendar.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.PublicService;

/** The deadline calculator, on the landing page. */
@Factory
class PublicServices {

    @Singleton
    @Named("calculator")
    PublicService calculator() {
        return new PublicService("calculator", VaadinIcon.CALENDAR, "calendar", 60);
    }
}
