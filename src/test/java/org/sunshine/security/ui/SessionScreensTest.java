package org.sunshine.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.security.AuthenticationService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.LoginOutcome;
import org.sunshine.security.Role;
import org.sunshine.security.UserService;
import org.sunshine.testing.UiTest;

import java.lang.reflect.Method;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a staff user sees of the session rules: 修改密码 from the user menu (the current password required, the policy
 * applied, the other sessions ended, audited), the idle warning in every staff screen, and the sign-in page saying
 * why a sign-in ended.
 */
@MicronautTest(startApplication = false)
class SessionScreensTest extends UiTest {

    @Test
    void aUserChangesTheirOwnPasswordFromTheUserMenu() {
        UserService users = context.getBean(UserService.class);
        AuthenticationService authentication = context.getBean(AuthenticationService.class);
        long id = users.createInitial("changer", "改密码的人", Role.LEADER, null, "Before2026");
        int generation = authentication.refresh(id).orElseThrow().sessionGeneration();
        signInAs("changer");
        navigate("workbench");

        _clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "change-password");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("own-current-password"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("own-new-password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("own-repeat-password"));
        Button save = _get(Button.class, spec -> spec.withId("own-password-save"));

        _setValue(current, "Wrong2026");
        _setValue(password, "After2026");
        _setValue(repeat, "After2026");
        _click(save);
        assertThat(current.getErrorMessage()).isEqualTo("当前密码不正确。");

        _setValue(current, "Before2026");
        _setValue(password, "weakweak");
        _setValue(repeat, "weakweak");
        _click(save);
        assertThat(password.getErrorMessage()).isEqualTo("密码须同时包含字母和数字。");

        _setValue(password, "After2026");
        _setValue(repeat, "After2026");
        _click(save);
        expectNotifications("密码已修改，其他设备上的登录已结束。");

        assertThat(authentication.authenticate("changer", "Before2026", "10.8.0.1")).isInstanceOf(LoginOutcome.WrongCredentials.class);
        assertThat(authentication.authenticate("changer", "After2026", "10.8.0.1")).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(authentication.refresh(id).orElseThrow().sessionGeneration())
                .as("the other sessions are over").isGreaterThan(generation);
        nextRequest();
        assertThat(context.getBean(CurrentUser.class).get()).as("this one goes on").isPresent();
        assertThat(context.getBean(AuditRepository.class).findByTargetTypeAndTargetIdOrderByIdDesc("user", String.valueOf(id)))
                .extracting(e -> e.action()).contains(AuditAction.USER_PASSWORD_CHANGED);
    }

    @Test
    void everyStaffScreenCarriesTheIdleWarningAndItsCountdownSignsOut() throws Exception {
        signInAs("inspector");
        navigate("workbench");
        IdleWatch watch = _get(IdleWatch.class);
        assertThat(watch.getElement().hasAttribute("hidden")).as("hidden until the browser counts down").isTrue();
        _click(_get(Button.class, spec -> spec.withId("idle-stay")));

        Method idle = IdleWatch.class.getDeclaredMethod("idle");
        idle.setAccessible(true);
        idle.invoke(watch);
        assertThat(context.getBean(CurrentUser.class).get()).isEmpty();
    }

    @Test
    void theSignInPageSaysWhyTheSignInEnded() {
        navigate("login?signedOut=idle");
        _get(LoginForm.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-signed-out")).getText())
                .isEqualTo("您已 30 分钟未操作，系统已自动退出登录，请重新登录。");
        navigate("login?signedOut=changed");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-signed-out")).getText())
                .isEqualTo("您的账号密码已更改或账号已被停用，本次登录已结束，请重新登录。");
        navigate("login?signedOut=%3Cscript%3E");
        assertThat(_find(Paragraph.class, spec -> spec.withId("login-signed-out"))).allMatch(p -> !p.isVisible());
    }
}
