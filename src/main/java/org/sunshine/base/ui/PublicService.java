package org.sunshine.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.core.annotation.Nullable;

/**
 * A service the public finds on the landing page: a card titled and explained by {@code landing.service.<key>.title}
 * and {@code .text}, linking to the feature's public screen. A bean of the feature that serves it.
 *
 * @param route the screen's address, or null while it is still being built (the card then says it is coming)
 * @param order where the card goes, smallest first
 */
public record PublicService(String key, VaadinIcon icon, @Nullable String route, int order) {
}
