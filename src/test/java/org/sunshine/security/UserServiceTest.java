package org.sunshine.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class UserServiceTest {

    @Inject
    UserService users;
    @Inject
    DepartmentService departments;
    @Inject
    AuthenticationService authentication;

    private SignedInUser admin() {
        return users.list().stream().filter(u -> u.username().equals("admin"))
                .map(u -> new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), null)).findFirst().orElseThrow();
    }

    private long department(String code) {
        return departments.active().stream().filter(d -> d.code().equals(code)).mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorCreatesAHandlerWhoCanSignIn() {
        long id = users.save(new UserForm(null, " Zhao.Li ", "赵丽", Role.HANDLER, department("CZJ"), "Finance2026"), admin());
        UserRow row = users.list().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
        assertThat(row.username()).isEqualTo("zhao.li");
        assertThat(row.departmentName()).isEqualTo("市财政局");
        assertThat(authentication.authenticate("zhao.li", "Finance2026", null)).isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() {
        int before = users.list().size();
        assertError(new UserForm(null, "x", "赵丽", Role.LEADER, null, "Finance2026"), "username", "user.error.username");
        assertError(new UserForm(null, "handler", "重名", Role.LEADER, null, "Finance2026"), "username", "user.error.usernameTaken");
        assertError(new UserForm(null, "newhandler", "新人", Role.HANDLER, null, "Finance2026"), "departmentId", "user.error.departmentRequired");
        assertError(new UserForm(null, "weak", "弱密码", Role.LEADER, null, "weakweak"), "password", "password.error.mix");
        assertError(new UserForm(null, "noname", " ", Role.LEADER, null, "Finance2026"), "displayName", "user.error.displayName");
        assertThat(users.list()).hasSize(before);
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        SignedInUser inspector = new SignedInUser(1, "inspector", "王明", Role.INSPECTOR, null);
        assertThatThrownBy(() -> users.save(new UserForm(null, "sneaky", "偷偷", Role.ADMIN, null, "Sneaky2026"), inspector))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.notAllowed");
    }

    @Test
    void anAdministratorCannotDisableThemselvesOrDropTheirOwnRole() {
        SignedInUser admin = admin();
        assertThatThrownBy(() -> users.setEnabled(admin.id(), false, admin)).hasMessageContaining("user.error.disableSelf");
        assertThatThrownBy(() -> users.save(new UserForm(admin.id(), "admin", "管理员", Role.LEADER, null, null), admin))
                .hasMessageContaining("user.error.ownRole");
    }

    @Test
    void aPasswordResetSetsTheNewPasswordAndUnlocks() {
        long id = users.createInitial("forgetful", "健忘", Role.LEADER, null, "First2026");
        for (int i = 0; i < 5; i++) {
            authentication.authenticate("forgetful", "nope", null);
        }
        assertThat(authentication.authenticate("forgetful", "First2026", null)).isInstanceOf(LoginOutcome.Locked.class);
        users.resetPassword(id, "Second2026", admin());
        assertThat(authentication.authenticate("forgetful", "Second2026", null)).isInstanceOf(LoginOutcome.SignedIn.class);
    }

    private void assertError(UserForm form, String field, String key) {
        assertThatThrownBy(() -> users.save(form, admin()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void anAccountLockedForAnAddressIsFoundAsLockedAndOnlyTheAdministratorSearches() {
        long id = users.save(new UserForm(null, "sun.lock", "孙锁", Role.INSPECTOR, null, "Locked2026"), admin());
        for (int i = 0; i < 5; i++) {
            authentication.authenticate("sun.lock", "Wrong2026", "10.9.8.7");
        }
        assertThat(users.search(new UserFilter(null, null, null, AccountState.LOCKED), admin()))
                .extracting(UserRow::id).contains(id);
        assertThat(users.search(new UserFilter("孙", Role.INSPECTOR, null, AccountState.ACTIVE), admin()))
                .extracting(UserRow::id).doesNotContain(id);
        SignedInUser inspector = users.byUsername("inspector")
                .map(u -> new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), null)).orElseThrow();
        assertThatThrownBy(() -> users.search(UserFilter.ALL, inspector)).isInstanceOf(DomainException.class);
    }
}
