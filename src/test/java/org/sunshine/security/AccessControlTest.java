package org.sunshine.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.shell.AccessDeniedView;
import org.sunshine.shell.WorkbenchView;
import org.sunshine.directory.ui.DepartmentsView;
import org.sunshine.security.ui.LoginView;
import org.sunshine.security.ui.UserAdminView;
import org.sunshine.testing.UiTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.assertj.core.api.Assertions.assertThat;

/** Every view's access rule is enforced on navigation, including a URL typed into the address bar. */
@MicronautTest(startApplication = false)
class AccessControlTest extends UiTest {

    @Test
    void anonymousVisitorsAreSentToTheLoginViewFromStaffPages() {
        for (String url : List.of("workbench", "directory/departments", "admin/users", "admin/audit")) {
            navigate(url);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).as(url).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void aHandlerIsDeniedTheAdministratorsScreens() {
        signInAs("handler");
        navigate("admin/users");
        _get(AccessDeniedView.class);
        assertThat(_find(UserAdminView.class)).isEmpty();
        navigate("directory/departments");
        _get(DepartmentsView.class);
    }

    @Test
    void aDisabledAccountIsSignedOutAtItsNextNavigation() {
        SignedInUser handler = signInAs("handler");
        navigate("workbench");
        _get(WorkbenchView.class);
        context.getBean(UserService.class).setEnabled(handler.id(), false, SignedInUser.SYSTEM);
        nextRequest(); // a navigation in the browser is a new request
        navigate("directory/departments");
        _get(LoginView.class);
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        signInAs("handler");
        navigate("workbench");
        assertThat(menu()).contains("工作台", "部门名录", "责任分解表").doesNotContain("用户管理", "审计日志");

        stopVaadin();
        startVaadin();
        signInAs("admin");
        navigate("workbench");
        assertThat(menu()).contains("工作台", "部门名录", "用户管理", "审计日志");
    }

    @Test
    void signingInThroughTheLoginFormOpensTheWorkbenchAndFiveFailuresLock() {
        navigate("admin/users");
        LoginForm form = _get(LoginForm.class);
        _login(form, "handler", "wrong");
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form, "message")).contains("5", "15 分钟");
        _login(form, "handler", "Sunshine2026");
        // the handler wanted the users screen: they are signed in, and denied it
        _get(AccessDeniedView.class);
        navigate("workbench");
        _get(WorkbenchView.class);
    }

    @Test
    void theLockMessageSaysForHowLong() {
        context.getBean(UserService.class).createInitial("locky", "锁定", Role.SUPERVISOR, null, "Right2026");
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        for (int i = 0; i < 5; i++) {
            _login(form, "locky", "wrong" + i);
        }
        assertThat(errorMessage(form, "title")).isEqualTo("账号已锁定");
        assertThat(errorMessage(form, "message")).contains("连续 5 次密码错误", "约 15 分钟");
    }

    @Test
    void theFormGivesOneAnswerForAnUnknownUserAndAWrongPassword() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        _login(form, "no.such.user", "Wrong2026");
        String title = errorMessage(form, "title");
        String message = errorMessage(form, "message");
        _login(form, "inspector", "Wrong2026");
        assertThat(errorMessage(form, "title")).isEqualTo(title).isEqualTo("用户名或密码错误");
        assertThat(errorMessage(form, "message")).isEqualTo(message);
    }

    /** What the login form shows as its error (its i18n property, as sent to the browser). */
    private static String errorMessage(LoginForm form, String part) {
        elemental.json.JsonObject i18n = (elemental.json.JsonObject) form.getElement().getPropertyRaw("i18n");
        return i18n.getObject("errorMessage").getString(part);
    }

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
