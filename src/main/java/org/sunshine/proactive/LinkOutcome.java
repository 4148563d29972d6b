package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

/**
 * What one check of a URL found: it answered (2xx, after redirects) or it failed, with the reason as a code the
 * screens translate ({@code proactive.linkError.<code>}, the part after a colon its argument): {@code status:404},
 * {@code timeout}, {@code refused}, {@code unknownHost}, {@code address:127.0.0.1}, {@code scheme:ftp},
 * {@code redirects:5}, {@code tls}, {@code protocol}, {@code badUrl}, {@code io}; {@code skipped} when the check was
 * not made at all (the run's time was up).
 */
record LinkOutcome(boolean ok, @Nullable String error) {

    static final LinkOutcome OK = new LinkOutcome(true, null);
    static final LinkOutcome SKIPPED = new LinkOutcome(false, "skipped");

    static LinkOutcome failed(String code) {
        return new LinkOutcome(false, code);
    }

    static LinkOutcome failed(String code, Object argument) {
        return new LinkOutcome(false, code + ":" + argument);
    }

    boolean skipped() {
        return "skipped".equals(error);
    }
}
