package org.sunshine.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sunshine.base.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordsTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreArgon2idSaltedAndVerify() {
        String hash = hasher.hash("Sunshine2026");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.hash("Sunshine2026")).isNotEqualTo(hash);
        assertThat(hasher.matches("Sunshine2026", hash)).isTrue();
        assertThat(hasher.matches("sunshine2026", hash)).isFalse();
        assertThat(hasher.matches("Sunshine2026", "plain-text")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletters", "12345678", ""})
    void weakPasswordsAreRefusedWithAReason(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("password"));
    }

    @Test
    void aLongEnoughMixedPasswordIsAccepted() {
        PasswordPolicy.check("password", "阳光政务2026abc");
    }
}
