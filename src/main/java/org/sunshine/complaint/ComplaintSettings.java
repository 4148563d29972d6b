package org.sunshine.complaint;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The clocks and limits of complaints (PRODUCT.md section 3), in working days unless said otherwise.
 *
 * @param acceptDays           to accept or reject (and route) a new item
 * @param handleDays           for the department to reply, from assignment (and again from a reopening)
 * @param maxExtensionDays     the one extension an inspector may grant
 * @param ratingDays           for the complainant to rate a reply; then the item closes as not rated
 * @param warningDays          a deadline this many working days away (or fewer) is marked yellow
 * @param submissionsPerHour   web and API submissions accepted from one IP address per hour
 * @param lookupFailuresPerHour wrong tracking or query codes accepted from one IP address per hour
 * @param apiKeys              API clients (key → name) exempt from the per-address limit, e.g. the 12345 hotline
 * @param autoClose            close unrated replies on a schedule (off in tests, which call it themselves)
 */
@ConfigurationProperties("sunshine.complaints")
public record ComplaintSettings(int acceptDays, int handleDays, int maxExtensionDays, int ratingDays, int warningDays,
                                int submissionsPerHour, int lookupFailuresPerHour,
                                @Nullable Map<String, String> apiKeys, boolean autoClose) {

    public ComplaintSettings {
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
    }
}
