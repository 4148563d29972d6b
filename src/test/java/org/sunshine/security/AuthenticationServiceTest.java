package org.sunshine.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in against the database: five wrong passwords lock the account for the address they came from only (fifteen
 * minutes, then longer), so the right password from elsewhere still works; an unknown username gets the same answers
 * after the same work.
 */
@MicronautTest(startApplication = false)
@Property(name = AuthenticationServiceTest.COUNTING, value = "true")
class AuthenticationServiceTest {

    static final String COUNTING = "sunshine.test.count-hashes";

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z");

    @Inject
    CountingHasher hasher;
    @Inject
    AuthenticationService authentication;
    @Inject
    UserService users;
    @Inject
    Lockouts lockouts;
    @Inject
    AuditRepository audit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    /** Counts the Argon2 verifications, the costly part of a sign-in. */
    @Singleton
    @Replaces(PasswordHasher.class)
    @Requires(property = COUNTING, value = "true")
    static class CountingHasher extends PasswordHasher {
        final AtomicInteger verifications = new AtomicInteger();

        @Override
        public boolean matches(CharSequence password, String hash) {
            verifications.incrementAndGet();
            return super.matches(password, hash);
        }
    }

    @Test
    void theRightPasswordSignsIn() {
        LoginOutcome outcome = authentication.authenticate("inspector", "Sunshine2026", "10.0.0.1");
        assertThat(outcome).isInstanceOf(LoginOutcome.SignedIn.class);
        SignedInUser user = ((LoginOutcome.SignedIn) outcome).user();
        assertThat(user.role()).isEqualTo(Role.INSPECTOR);
        assertThat(user.displayName()).isEqualTo("王明");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswersAfterTheSameWork() {
        users.createInitial("known", "存在的账号", Role.LEADER, null, "Right2026");
        for (int i = 1; i <= 4; i++) {
            int before = hasher.verifications.get();
            LoginOutcome unknown = authentication.authenticate("nobody", "guess" + i, "10.0.1.1");
            assertThat(hasher.verifications.get() - before).as("one password check for an unknown name").isEqualTo(1);
            before = hasher.verifications.get();
            LoginOutcome wrong = authentication.authenticate("known", "guess" + i, "10.0.1.1");
            assertThat(hasher.verifications.get() - before).as("one password check for a wrong password").isEqualTo(1);
            assertThat(unknown).isEqualTo(wrong).isEqualTo(new LoginOutcome.WrongCredentials(5, 15));
        }
        // the fifth locks both, for the same time: a lock does not tell that the account exists
        LoginOutcome unknown = authentication.authenticate("NoBody", "guess5", "10.0.1.1");
        LoginOutcome wrong = authentication.authenticate("known", "guess5", "10.0.1.1");
        Instant until = Instant.parse("2026-11-20T02:15:00Z");
        assertThat(unknown).isEqualTo(wrong).isEqualTo(new LoginOutcome.Locked(until, 5, 15));
        int before = hasher.verifications.get();
        assertThat(authentication.authenticate("nobody", "guess6", "10.0.1.1"))
                .isEqualTo(authentication.authenticate("known", "guess6", "10.0.1.1"));
        assertThat(hasher.verifications.get() - before).as("a locked pair is refused without a check, both alike").isZero();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThatAddressOnly() {
        long userId = users.createInitial("lockme", "锁定测试", Role.LEADER, null, "Right2026");
        for (int i = 1; i <= 4; i++) {
            assertThat(authentication.authenticate("lockme", "wrong" + i, "10.0.2.2")).isEqualTo(new LoginOutcome.WrongCredentials(5, 15));
        }
        Instant until = Instant.parse("2026-11-20T02:15:00Z");
        assertThat(authentication.authenticate("lockme", "wrong5", "10.0.2.2")).isEqualTo(new LoginOutcome.Locked(until, 5, 15));

        // from that address even the right password is refused; from another it signs in
        clock.advance(Duration.ofMinutes(14));
        assertThat(authentication.authenticate("lockme", "Right2026", "10.0.2.2")).isEqualTo(new LoginOutcome.Locked(until, 5, 1));
        assertThat(authentication.authenticate("lockme", "Right2026", "10.0.2.3")).isInstanceOf(LoginOutcome.SignedIn.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(authentication.authenticate("lockme", "Right2026", "10.0.2.2")).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdDesc("user", String.valueOf(userId)))
                .extracting(e -> e.action())
                .contains(AuditAction.LOGIN_LOCKED, AuditAction.LOGIN_FAILED, AuditAction.LOGIN_SUCCEEDED);
    }

    @Test
    void anAttackerCannotKeepTheAdministratorOut() {
        // five guesses every fifteen minutes, for two hours, from the attacker's address
        for (int round = 0; round < 8; round++) {
            for (int i = 0; i < 5; i++) {
                authentication.authenticate("admin", "guess" + round + i, "198.51.100.66");
            }
            assertThat(authentication.authenticate("admin", "Sunshine2026", "10.0.3.1"))
                    .as("the administrator at the office, round " + round).isInstanceOf(LoginOutcome.SignedIn.class);
            clock.advance(Duration.ofMinutes(15));
        }
    }

    @Test
    void eachFurtherLockOfTheSamePairLastsTwiceAsLong() {
        users.createInitial("again", "再次锁定", Role.LEADER, null, "Right2026");
        for (int i = 0; i < 5; i++) {
            authentication.authenticate("again", "wrong", "10.0.4.4");
        }
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            assertThat(authentication.authenticate("again", "wrong", "10.0.4.4")).isInstanceOf(LoginOutcome.WrongCredentials.class);
        }
        assertThat(authentication.authenticate("again", "wrong", "10.0.4.4"))
                .isEqualTo(new LoginOutcome.Locked(clock.instant().plus(Duration.ofMinutes(30)), 5, 30));
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        users.createInitial("count", "计数测试", Role.LEADER, null, "Right2026");
        for (int i = 0; i < 4; i++) {
            authentication.authenticate("count", "wrong", "10.0.5.5");
        }
        assertThat(authentication.authenticate("count", "Right2026", "10.0.5.5")).isInstanceOf(LoginOutcome.SignedIn.class);
        for (int i = 0; i < 4; i++) {
            assertThat(authentication.authenticate("count", "wrong", "10.0.5.5")).isInstanceOf(LoginOutcome.WrongCredentials.class);
        }
    }

    @Test
    void anAdministratorSeesTheLockoutsAndLiftsOne() {
        long id = users.createInitial("victim", "被锁定者", Role.LEADER, null, "Right2026");
        for (int i = 0; i < 7; i++) {
            authentication.authenticate("victim", "wrong", "203.0.113.9");
        }
        SignedInUser admin = admin();
        Lockouts.Row row = lockouts.current(admin).stream().filter(l -> l.userId() == id).findFirst().orElseThrow();
        assertThat(row.username()).isEqualTo("victim");
        assertThat(row.clientAddress()).isEqualTo("203.0.113.9");
        assertThat(row.lockedAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(row.lockedUntil()).isEqualTo(Instant.parse("2026-11-20T02:15:00Z"));
        assertThat(row.failures()).isEqualTo(5);

        lockouts.lift(row.id(), admin);
        assertThat(lockouts.current(admin)).noneMatch(l -> l.userId() == id);
        assertThat(authentication.authenticate("victim", "Right2026", "203.0.113.9")).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdDesc("user", String.valueOf(id)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.USER_UNLOCKED);
                    assertThat(e.detail()).contains("203.0.113.9");
                });
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        long id = users.createInitial("gone", "停用测试", Role.LEADER, null, "Right2026");
        users.setEnabled(id, false, SignedInUser.SYSTEM);
        assertThat(authentication.authenticate("gone", "Right2026", "10.0.6.6")).isInstanceOf(LoginOutcome.Disabled.class);
        assertThat(authentication.refresh(id)).isEmpty();
    }

    private SignedInUser admin() {
        UserRow admin = users.byUsername("admin").orElseThrow();
        return new SignedInUser(admin.id(), admin.username(), admin.displayName(), admin.role(), null);
    }
}
