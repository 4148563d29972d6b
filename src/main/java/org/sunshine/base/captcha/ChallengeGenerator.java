package org.sunshine.base.captcha;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/** Small sums and differences: easy for a person to read from the image, awkward for a script. */
@Singleton
public class ChallengeGenerator {

    private final SecureRandom random = new SecureRandom();

    public Challenge next() {
        int a = 10 + random.nextInt(40);
        int b = 1 + random.nextInt(9);
        return random.nextBoolean()
                ? new Challenge(a + " + " + b + " = ?", String.valueOf(a + b))
                : new Challenge(a + " - " + b + " = ?", String.valueOf(a - b));
    }
}
