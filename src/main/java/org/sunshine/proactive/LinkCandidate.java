package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A record whose link fails, as the 链接检查 list shows it: FAILING, or DEAD (a 链接失效 candidate), with the finding
 * filed about it once the inspector confirmed it.
 *
 * @param failures  checks failed since the last success
 * @param failDays  different days with a failure since then
 * @param error     the last failure's reason, a {@link LinkOutcome} code
 * @param findingId the 链接失效 finding filed from this candidate, if any
 */
public record LinkCandidate(long id, long departmentId, String departmentName, String title, String url,
                            LinkState state, @Nullable Instant failingSince, @Nullable Instant checkedAt, int failures,
                            int failDays, @Nullable String error, @Nullable Long findingId) {

    /** The i18n key of the last failure's reason ({@code proactive.linkError.<code>}), or null. */
    @Nullable
    public String errorKey() {
        return error == null ? null : errorKey(error);
    }

    /** The reason's argument (the status, the address, the scheme), if it has one. */
    public Object[] errorArgs() {
        return errorArgs(error);
    }

    /** The i18n key of a stored link error ({@code DisclosureRecord.linkError}), for any screen that shows one. */
    public static String errorKey(String error) {
        int colon = error.indexOf(':');
        return "proactive.linkError." + (colon < 0 ? error : error.substring(0, colon));
    }

    /** The arguments of a stored link error's message. */
    public static Object[] errorArgs(@Nullable String error) {
        int colon = error == null ? -1 : error.indexOf(':');
        return colon < 0 ? new Object[0] : new Object[]{error.substring(colon + 1)};
    }

    LinkCandidate named(String name) {
        return new LinkCandidate(id, departmentId, name, title, url, state, failingSince, checkedAt, failures, failDays,
                error, findingId);
    }
}
