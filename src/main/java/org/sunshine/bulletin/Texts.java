package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;

/** The checks of the bulletins' text inputs: required, and within their length. */
final class Texts {

    static final int MAX_REASON = 500;

    private Texts() {
    }

    /** The text stripped, or a message on its field when it is empty or longer than {@code max}. */
    static String required(@Nullable String text, String field, String key, int max) {
        String stripped = strip(text);
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.on(field, key, max);
        }
        return stripped;
    }

    static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
