package org.sunshine.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.security.StaffContactForm;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserRepository;
import org.sunshine.security.UserRow;
import org.sunshine.testing.UiTest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The work contact in the administrator's account dialog and in the user's own 我的联系方式. */
@MicronautTest(startApplication = false)
class StaffContactScreensTest extends UiTest {

    @Test
    void anAdministratorSetsAHandlersContactInTheAccountDialog() {
        signInAs("admin");
        navigate("admin/users");
        _click(action("handler", "编辑"));
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), "zhang@mzj.example.gov.cn");
        _setValue(_get(TextField.class, spec -> spec.withId("user-mobile")), "139 0000 3333");
        _setValue(_get(Checkbox.class, spec -> spec.withId("user-digest-sms")), false);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(contacts().of(id("handler")))
                .isEqualTo(new StaffContactForm("zhang@mzj.example.gov.cn", "13900003333", true, false));

        _click(action("handler", "编辑"));
        assertThat(_get(TextField.class, spec -> spec.withId("user-mobile")).getValue()).isEqualTo("13900003333");
        _setValue(_get(TextField.class, spec -> spec.withId("user-mobile")), "1234567");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        TextField mobile = _get(TextField.class, spec -> spec.withId("user-mobile"));
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).isEqualTo("请填写 11 位手机号码。");
        assertThat(contacts().of(id("handler")).mobile()).isEqualTo("13900003333");
    }

    @Test
    void aUserSetsTheirOwnContactFromTheUserMenu() {
        signInAs("inspector");
        navigate("workbench");
        _clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "own-contact");
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), "wang@example.gov.cn");
        _setValue(_get(Checkbox.class, spec -> spec.withId("user-digest-email")), false);
        _click(_get(Button.class, spec -> spec.withId("own-contact-save")));
        assertThat(_find(OwnContactDialog.class)).isEmpty();
        assertThat(contacts().of(id("inspector")))
                .isEqualTo(new StaffContactForm("wang@example.gov.cn", null, false, true));
    }

    private StaffContacts contacts() {
        return context.getBean(StaffContacts.class);
    }

    private long id(String username) {
        return context.getBean(UserRepository.class).findByUsername(username).orElseThrow().getId();
    }

    @SuppressWarnings("unchecked")
    private Button action(String username, String label) {
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("users"));
        int index = grid.getListDataView().getItems().map(UserRow::username).toList().indexOf(username);
        return _get(_getCellComponent(grid, index, "actions"), Button.class, spec -> spec.withText(label));
    }
}
