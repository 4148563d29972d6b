package org.sunshine.base;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;

/**
 * A rule of the domain was broken by the user's input. Carries an i18n message key (and its arguments)
 * so that the screen says what to fix in the user's language; nothing has been saved when it is thrown.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public DomainException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    /** @param field the input field at fault, or {@code null} for the form as a whole */
    public DomainException(@Nullable String field, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    @Nullable
    public String field() {
        return field;
    }
}
