package org.sunshine.inforequest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.ApiClients;

import java.util.List;
import java.util.Map;

/**
 * The clocks and limits of applications, in working days unless said otherwise; the defaults are the law's
 * (DISCLOSURE.md §1) or our choices where it is silent (docs/disclosure.md).
 *
 * @param replyDays             to reply, from the receipt date (Art. 33: 20)
 * @param registerDays          to confirm an online or partner application after it arrived (our choice: 1)
 * @param correctionWindowDays  a 补正 may be asked for this long after receipt (Art. 30: 7)
 * @param correctionDays        the applicant's time to correct (our choice: 15)
 * @param consultationDays      a consulted party's time to answer (Art. 32, 34: 15)
 * @param maxExtensionDays      the one extension's most (Art. 33: 20)
 * @param maxLongerDays         the most an Art. 35 longer deadline may add (our choice: 60)
 * @param feePaymentDays        to pay a fee notice (our choice: 20)
 * @param warningDays           a deadline this many working days away (or fewer) is marked yellow
 * @param feesEnabled           信息处理费 may be charged (off by default)
 * @param submissionsPerHour    online and API applications accepted from one client address per hour
 * @param lookupFailuresPerHour wrong number or query code accepted from one client address per hour
 * @param apiClients            partner platforms, each "key:name" (SUNSHINE_INFOREQUESTS_API_CLIENTS)
 * @param autoTerminate         end applications whose correction or payment is overdue on a schedule (off in tests)
 */
@ConfigurationProperties("sunshine.inforequests")
public record RequestSettings(int replyDays, int registerDays, int correctionWindowDays, int correctionDays,
                              int consultationDays, int maxExtensionDays, int maxLongerDays, int feePaymentDays,
                              int warningDays, boolean feesEnabled, int submissionsPerHour, int lookupFailuresPerHour,
                              @Nullable List<String> apiClients, boolean autoTerminate) {

    public RequestSettings {
        apiClients = apiClients == null ? List.of() : List.copyOf(apiClients);
    }

    /** The partner platforms by key. */
    public Map<String, String> apiKeys() {
        return ApiClients.byKey(apiClients);
    }
}
