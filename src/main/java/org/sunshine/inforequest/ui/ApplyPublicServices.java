package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.PublicService;

/** The disclosure services on the landing page: applying for information, following an application, the guides. */
@Factory
class ApplyPublicServices {

    @Singleton
    @Named("disclosureApply")
    PublicService apply() {
        return new PublicService("disclosureApply", VaadinIcon.FILE_TEXT_O, "disclosure/apply", 22);
    }

    @Singleton
    @Named("disclosureTrack")
    PublicService track() {
        return new PublicService("disclosureTrack", VaadinIcon.FILE_SEARCH, "disclosure/track", 24);
    }

    @Singleton
    @Named("disclosureGuide")
    PublicService guide() {
        return new PublicService("disclosureGuide", VaadinIcon.INFO_CIRCLE_O, "disclosure/guide", 26);
    }
}
