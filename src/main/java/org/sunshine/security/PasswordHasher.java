package org.sunshine.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/** Argon2id password hashes (OWASP's minimum: 19 MiB, 2 iterations, 1 lane), in the PHC string format. */
@Singleton
public class PasswordHasher {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Verified against for unknown usernames, so that a wrong username takes as long as a wrong password. */
    private final String decoy = hash("decoy-password-0");

    public String hash(CharSequence password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean matches(CharSequence password, String hash) {
        if (hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one verification and returns {@code false}. */
    boolean matchesNothing(CharSequence password) {
        matches(password, decoy);
        return false;
    }
}
