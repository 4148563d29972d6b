package org.sunshine.scoreboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.PublicService;

/** The assessment's public results and the open data, on the landing page. */
@Factory
class PublicServices {

    @Singleton
    @Named("rankings")
    PublicService rankings() {
        return new PublicService("rankings", VaadinIcon.BAR_CHART, "public/scoreboard", 40);
    }

    @Singleton
    @Named("openData")
    PublicService openData() {
        return new PublicService("openData", VaadinIcon.DOWNLOAD, "public/open-data", 50);
    }
}
