package org.sunshine.proactive;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * The dead-link checker ({@link LinkChecker}): when it runs, how politely it asks, and when a failing URL becomes a
 * 链接失效 candidate (docs/operations.md).
 *
 * @param enabled               the off switch: off, no record URL is ever requested (off in development and tests,
 *                              whose demo URLs are not real)
 * @param interval              a run starts this long after the previous one ended
 * @param initialDelay          the first run after a start
 * @param batchSize             the most URLs one run checks
 * @param maxRun                a run starts no new request after this long (its records left unchecked are let go)
 * @param recheckHours          a URL is checked again this long after its last check
 * @param deadAfterDays         failures on this many different days, spanning as many days, make a URL DEAD
 * @param concurrency           the most requests at once (one host is never asked twice at once)
 * @param hostDelay             the least time between two requests to one host
 * @param connectTimeout        to open a connection
 * @param readTimeout           for the answer's status and headers, once connected
 * @param maxRedirects          redirects followed, each checked as the first address was
 * @param userAgent             the User-Agent sent (empty: {@code SunshineLinkChecker/1.0 (+public-url)})
 * @param allowPrivateAddresses request loopback, private, link-local and CGNAT addresses too: for tests only
 */
@ConfigurationProperties("sunshine.proactive.link-check")
public record LinkCheckSettings(@Bindable(defaultValue = "true") boolean enabled,
                                @Bindable(defaultValue = "5m") Duration interval,
                                @Bindable(defaultValue = "2m") Duration initialDelay,
                                @Bindable(defaultValue = "100") @Min(1) @Max(10000) int batchSize,
                                @Bindable(defaultValue = "10m") Duration maxRun,
                                @Bindable(defaultValue = "24") @Min(1) @Max(8760) int recheckHours,
                                @Bindable(defaultValue = "3") @Min(1) @Max(60) int deadAfterDays,
                                @Bindable(defaultValue = "4") @Min(1) @Max(64) int concurrency,
                                @Bindable(defaultValue = "2s") Duration hostDelay,
                                @Bindable(defaultValue = "5s") Duration connectTimeout,
                                @Bindable(defaultValue = "10s") Duration readTimeout,
                                @Bindable(defaultValue = "5") @Min(0) @Max(20) int maxRedirects,
                                @Nullable String userAgent,
                                @Bindable(defaultValue = "false") boolean allowPrivateAddresses) {

    /** The User-Agent: the one configured, or the product's name with the address the public uses. */
    String userAgent(String publicUrl) {
        return userAgent == null || userAgent.isBlank() ? "SunshineLinkChecker/1.0 (+" + publicUrl + ")" : userAgent;
    }

    /**
     * How long a run's claim on its records lasts: the run's own limit, plus the longest one check can take (each hop
     * a HEAD and a GET, each at most the connect and read timeouts), plus a minute.
     */
    Duration claimLease() {
        Duration oneRequest = connectTimeout.plus(readTimeout).plus(hostDelay);
        return maxRun.plus(oneRequest.multipliedBy(2L * (maxRedirects + 1))).plusMinutes(1);
    }
}
