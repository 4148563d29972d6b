package org.sunshine.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.sunshine.base.captcha.Challenge;
import org.sunshine.base.captcha.ChallengeGenerator;

/** In tests the human check always asks 3 + 4, so that tests (and the browser test) can answer it. */
@Singleton
@Requires(env = "test")
@Replaces(ChallengeGenerator.class)
public class FixedChallenges extends ChallengeGenerator {

    public static final String ANSWER = "7";

    @Override
    public Challenge next() {
        return new Challenge("3 + 4 = ?", ANSWER);
    }
}
