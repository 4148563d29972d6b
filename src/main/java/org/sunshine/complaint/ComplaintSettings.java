package org.sunshine.complaint;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.ApiClients;

import java.util.List;
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
 * @param statusRequestsPerHour API status requests ({@code GET requests/{id}.json}) answered per client address and
 *                             hour, without a partner's key
 * @param apiClients           API clients exempt from the per-address limit, each "key:name" (e.g. the 12345 hotline);
 *                             from the environment: SUNSHINE_COMPLAINTS_API_CLIENTS=key1:12345热线,key2:市长信箱
 * @param autoClose            close unrated replies on a schedule (off in tests, which call it themselves)
 */
@ConfigurationProperties("sunshine.complaints")
public record ComplaintSettings(int acceptDays, int handleDays, int maxExtensionDays, int ratingDays, int warningDays,
                                int submissionsPerHour, int lookupFailuresPerHour, int statusRequestsPerHour,
                                @Nullable List<String> apiClients, boolean autoClose) {

    public ComplaintSettings {
        apiClients = apiClients == null ? List.of() : List.copyOf(apiClients);
    }

    /** The API clients by key. */
    public Map<String, String> apiKeys() {
        return ApiClients.byKey(apiClients);
    }
}
