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
        this(null, messageKey, args, true);
    }

    private DomainException(@Nullable String field, String messageKey, Object[] args, boolean unused) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** A rule broken by one input field, named as the form record's component (e.g. {@code "code"}). */
    public static DomainException on(String field, String messageKey, Object... args) {
        return new DomainException(field, messageKey, args, true);
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
