package org.sunshine.base.i18n;

/**
 * A text still to be translated: an i18n key and its arguments. Passed as an argument of another message (or of a
 * {@link org.sunshine.base.DomainException}), it is translated in the same language as that message, so that a
 * message can name a state or an action in the reader's words.
 */
public record Text(String key, Object... args) {
}
