package org.sunshine.security;

import org.sunshine.base.DomainException;

/** What a new password must be: 8 to 64 characters with at least one letter and one digit. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw DomainException.on(field, "password.error.length", MIN_LENGTH, MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw DomainException.on(field, "password.error.mix");
        }
    }
}
