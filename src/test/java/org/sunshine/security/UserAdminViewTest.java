package org.sunshine.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.UiTest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** 用户管理 as an administrator uses it: create an account, reset its password, disable it. */
@MicronautTest(startApplication = false)
class UserAdminViewTest extends UiTest {

    @Test
    void anAdministratorCreatesResetsAndDisablesAnAccount() {
        signInAs("admin");
        navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "wang.fang");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "王芳");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role"));
        _setValue(role, Role.HANDLER);
        @SuppressWarnings("unchecked")
        ComboBox<AccountDepartments.Choice> department = _get(ComboBox.class, spec -> spec.withId("user-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.name().equals("市教育局")).findFirst().orElseThrow());
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "Teach2026");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        UserRow created = row("wang.fang");
        assertThat(created.departmentName()).isEqualTo("市教育局");
        assertThat(created.role()).isEqualTo(Role.HANDLER);
        AuthenticationService authentication = context.getBean(AuthenticationService.class);
        assertThat(authentication.authenticate("wang.fang", "Teach2026", null)).isInstanceOf(LoginOutcome.SignedIn.class);

        _click(action("wang.fang", "重置密码"));
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "Teach2027");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "Teach2028");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("repeat-password"));
        assertThat(repeat.getErrorMessage()).isEqualTo("两次输入的密码不一致。");
        _setValue(repeat, "Teach2027");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(authentication.authenticate("wang.fang", "Teach2027", null)).isInstanceOf(LoginOutcome.SignedIn.class);

        _click(action("wang.fang", "停用"));
        assertThat(row("wang.fang").enabled()).isFalse();
        assertThat(authentication.authenticate("wang.fang", "Teach2027", null)).isInstanceOf(LoginOutcome.Disabled.class);
    }

    @Test
    void aHandlerWithoutADepartmentIsRefusedOnTheField() {
        signInAs("admin");
        navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "nodept");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "无部门");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "Nodept2026");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        ComboBox<?> department = _get(ComboBox.class, spec -> spec.withId("user-department"));
        assertThat(department.isInvalid()).isTrue();
        assertThat(department.getErrorMessage()).isEqualTo("部门经办人必须选择所在部门。");
        assertThat(context.getBean(UserService.class).list()).noneMatch(u -> u.username().equals("nodept"));
    }

    @Test
    void theAdministratorFindsAccountsByNameRoleDepartmentAndState() {
        signInAs("admin");
        navigate("admin/users");
        int all = (int) grid().getListDataView().getItems().count();
        TextField search = _get(TextField.class, spec -> spec.withId("user-search"));
        _setValue(search, "H.JYJ");
        assertThat(usernames()).as("a part of the login name, any case").containsExactly("h.jyj");
        String name = context.getBean(UserService.class).byUsername("handler").orElseThrow().displayName();
        _setValue(search, name.substring(1));
        assertThat(usernames()).as("a part of the name").contains("handler");
        _setValue(search, "");

        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role-filter"));
        _setValue(role, Role.INSPECTOR);
        assertThat(grid().getListDataView().getItems()).isNotEmpty().allMatch(u -> u.role() == Role.INSPECTOR);
        assertThat(usernames()).contains("inspector");
        _setValue(role, null);

        @SuppressWarnings("unchecked")
        ComboBox<AccountDepartments.Choice> department = _get(ComboBox.class, spec -> spec.withId("user-department-filter"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.name().equals("市教育局")).findFirst().orElseThrow());
        assertThat(grid().getListDataView().getItems()).isNotEmpty().allMatch(u -> "市教育局".equals(u.departmentName()));
        assertThat(usernames()).contains("h.jyj");
        _setValue(department, null);

        @SuppressWarnings("unchecked")
        Select<AccountState> state = _get(Select.class, spec -> spec.withId("user-state-filter"));
        _click(action("h.jyj", "停用"));
        _setValue(state, AccountState.DISABLED);
        assertThat(usernames()).contains("h.jyj").doesNotContain("admin");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("user-count")).getText())
                .isEqualTo("共 " + usernames().size() + " 个账号");
        _setValue(state, AccountState.ACTIVE);
        assertThat(usernames()).contains("admin").doesNotContain("h.jyj");
        _setValue(state, null);
        assertThat(usernames()).hasSize(all);
    }

    private java.util.List<String> usernames() {
        return grid().getListDataView().getItems().map(UserRow::username).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserRow> grid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    private UserRow row(String username) {
        return grid().getListDataView().getItems().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    /** The button of a row's actions column. */
    private Button action(String username, String label) {
        int index = grid().getListDataView().getItems().map(UserRow::username).toList().indexOf(username);
        return _get(_getCellComponent(grid(), index, "actions"), Button.class, spec -> spec.withText(label));
    }
}
