package org.sunshine.recovery;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A complaint or an application of the contact, as the recovered list shows it.
 *
 * @param number   the tracking code (受理编号) or the application number (申请编号)
 * @param title    the subject, or what was asked
 * @param organ    the organ applied to (applications only)
 * @param stateKey the state's label key
 * @param open     still in progress
 */
public record RecoveredItem(Kind kind, String number, String title, @Nullable String organ, String stateKey,
                           boolean open, Instant filedAt) {

    /** What an item is, and the public page that tracks it. */
    public enum Kind {
        COMPLAINT("track", "code"),
        APPLICATION("disclosure/track", "no");

        private final String route;
        private final String parameter;

        Kind(String route, String parameter) {
            this.route = route;
            this.parameter = parameter;
        }

        /** The tracking page of an item, by its number only (the query code never goes into an address). */
        public String trackingLink(String number) {
            return route + "?" + parameter + "=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String labelKey() {
            return "recovery.kind." + name();
        }
    }
}
