package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/** A feature's part of the public landing page, shown to every visitor below the services. A bean of the feature. */
public interface LandingSection {

    /** The section, or empty when there is nothing to show. */
    Optional<Component> section();

    /** Where the section goes, smallest first. */
    default int order() {
        return 100;
    }
}
