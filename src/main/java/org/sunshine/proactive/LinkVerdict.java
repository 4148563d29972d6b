package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a check makes of a record's link (pure). A success resets it: OK, no failures. A failure starts or continues a
 * run of failures: {@code failingSince} is the first failure after the last success (or after the URL changed),
 * {@code failDays} the different business days (Asia/Shanghai) with a failure in that run. The link becomes DEAD, a
 * 链接失效 candidate, when the run has failures on at least {@code deadAfterDays} different days <em>and</em> at least
 * {@code deadAfterDays - 1} whole days (24 h each) have passed since {@code failingSince}: with the default 3, a URL
 * failing on Monday, Tuesday and Wednesday at the daily check is DEAD on Wednesday, while three quick re-checks around
 * two midnights are not. A DEAD link stays DEAD while it keeps failing; only a success (or a new URL) ends it.
 */
final class LinkVerdict {

    private LinkVerdict() {
    }

    /** The link's facts as kept on the record. */
    record Facts(LinkState state, @Nullable Instant checkedAt, int failures, int failDays,
                 @Nullable Instant failingSince) {
    }

    static Facts after(Facts before, LinkOutcome outcome, Instant now, ZoneId zone, int deadAfterDays) {
        if (outcome.ok()) {
            return new Facts(LinkState.OK, now, 0, 0, null);
        }
        boolean continuing = (before.state() == LinkState.FAILING || before.state() == LinkState.DEAD)
                && before.failingSince() != null;
        if (!continuing) {
            LinkState state = deadAfterDays <= 1 ? LinkState.DEAD : LinkState.FAILING;
            return new Facts(state, now, 1, 1, now);
        }
        boolean newDay = before.checkedAt() == null
                || !before.checkedAt().atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        int failDays = before.failDays() + (newDay ? 1 : 0);
        boolean spanned = Duration.between(before.failingSince(), now).compareTo(Duration.ofDays(deadAfterDays - 1L)) >= 0;
        boolean dead = before.state() == LinkState.DEAD || (failDays >= deadAfterDays && spanned);
        return new Facts(dead ? LinkState.DEAD : LinkState.FAILING, now, before.failures() + 1, failDays,
                before.failingSince());
    }
}
