package org.sunshine.security;

import com.vaadin.flow.component.login.LoginForm;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditLog;
import org.sunshine.testing.UiTest;

import java.time.Duration;
import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A username longer than any account's (61 characters and more), or with control characters, is an unknown
 * username: the form answers at once with the usual "wrong username or password", and the audit log records the
 * attempt with the name cut to fit.
 */
@MicronautTest(startApplication = false)
class LongUsernameTest extends UiTest {

    @Test
    void aLongUsernameGetsTheUsualAnswerQuickly() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        for (String name : new String[]{"a".repeat(61), "x".repeat(5000), "admin\u0007\u202E"}) {
            Instant start = Instant.now();
            _login(form, name, "whatever1");
            assertThat(Duration.between(start, Instant.now())).as("answered at once").isLessThan(Duration.ofSeconds(5));
            assertThat(form.isError()).isTrue();
            assertThat(form.isEnabled()).as("the form can be used again").isTrue();
            assertThat(errorMessage(form, "title")).isEqualTo("用户名或密码错误");
        }
        var entries = context.getBean(AuditLog.class).newestFirst(0, 3).getContent();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).actorName()).isEqualTo("admin\uFFFD\uFFFD");
        assertThat(entries.get(1).actorName()).hasSize(40).endsWith("…");
        assertThat(entries.get(2).actorName()).isEqualTo("a".repeat(39) + "…");
    }

    @Test
    void theServiceSaysUnknownWithoutLookingUp() {
        LoginOutcome outcome = context.getBean(AuthenticationService.class).authenticate("b".repeat(61), "Sunshine2026", "127.0.0.1");
        assertThat(outcome).isInstanceOf(LoginOutcome.WrongCredentials.class);
    }

    private static String errorMessage(LoginForm form, String part) {
        elemental.json.JsonObject i18n = (elemental.json.JsonObject) form.getElement().getPropertyRaw("i18n");
        return i18n.getObject("errorMessage").getString(part);
    }
}
