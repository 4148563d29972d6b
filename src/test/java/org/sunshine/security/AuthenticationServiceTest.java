package org.sunshine.security;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in against the database: five wrong passwords lock the account for fifteen minutes. */
@MicronautTest(startApplication = false)
class AuthenticationServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z");

    @Inject
    AuthenticationService authentication;
    @Inject
    UserService users;
    @Inject
    AuditRepository audit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
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
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        assertThat(authentication.authenticate("nobody", "Sunshine2026", null)).isInstanceOf(LoginOutcome.WrongCredentials.class);
        assertThat(authentication.authenticate("inspector", "wrong-1", null)).isInstanceOf(LoginOutcome.WrongCredentials.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        long userId = users.createInitial("lockme", "锁定测试", Role.LEADER, null, "Right2026");
        for (int i = 1; i <= 4; i++) {
            LoginOutcome outcome = authentication.authenticate("lockme", "wrong" + i, "10.0.0.2");
            assertThat(outcome).isEqualTo(new LoginOutcome.WrongCredentials(5, 15));
        }
        LoginOutcome fifth = authentication.authenticate("lockme", "wrong5", "10.0.0.2");
        Instant until = Instant.parse("2026-11-20T02:15:00Z");
        assertThat(fifth).isEqualTo(new LoginOutcome.Locked(until, 5, 15));

        // while locked, even the right password is refused
        clock.advance(Duration.ofMinutes(14));
        assertThat(authentication.authenticate("lockme", "Right2026", null)).isEqualTo(new LoginOutcome.Locked(until, 5, 15));

        clock.advance(Duration.ofMinutes(1));
        assertThat(authentication.authenticate("lockme", "Right2026", null)).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdDesc("user", String.valueOf(userId)))
                .extracting(e -> e.action())
                .contains(AuditAction.LOGIN_LOCKED, AuditAction.LOGIN_FAILED, AuditAction.LOGIN_SUCCEEDED);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        users.createInitial("count", "计数测试", Role.LEADER, null, "Right2026");
        for (int i = 0; i < 4; i++) {
            authentication.authenticate("count", "wrong", null);
        }
        assertThat(authentication.authenticate("count", "Right2026", null)).isInstanceOf(LoginOutcome.SignedIn.class);
        for (int i = 0; i < 4; i++) {
            assertThat(authentication.authenticate("count", "wrong", null)).isInstanceOf(LoginOutcome.WrongCredentials.class);
        }
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        long id = users.createInitial("gone", "停用测试", Role.LEADER, null, "Right2026");
        users.setEnabled(id, false, SignedInUser.SYSTEM);
        assertThat(authentication.authenticate("gone", "Right2026", null)).isInstanceOf(LoginOutcome.Disabled.class);
        assertThat(authentication.refresh(id)).isEmpty();
    }
}
