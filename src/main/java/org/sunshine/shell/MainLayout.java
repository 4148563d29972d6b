package org.sunshine.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.i18n.LocaleResolver;
import org.sunshine.base.ui.LanguageSwitch;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.security.AccessControl;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.SessionSettings;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;
import org.sunshine.security.ui.ChangePasswordDialog;
import org.sunshine.security.ui.IdleWatch;
import org.sunshine.security.ui.OwnContactDialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff layout: the side menu, and a header with the screen's title, who is signed in (a menu with 修改密码), the
 * language switch, sign-out, and the idle-timeout warning. It is the automatic layout ({@code @Layout}): every route that names no layout of its own is shown in
 * it. The public pages and the sign-in name {@code PublicLayout}, and the error views their {@code @ParentLayout},
 * so they never get it (a route that names no layout and must not have this one says {@code autoLayout = false}).
 * <p>
 * The menu is read from the routes' own {@code @Menu} ({@link MenuConfiguration#getMenuEntries()}, in order), so
 * this class names no screen: the title is an i18n key, translated here in the reader's language; the icon is a
 * {@code vaadin:} icon; the order's hundreds are the group ({@link MenuGroup}: 101 is the first entry of 首页,
 * 302 the second of 社会监督), each group a {@link SideNav} under its translated label. An entry shows only if
 * the signed-in user may open its screen: Vaadin leaves out what the installed navigation access control refuses,
 * and {@link AccessControl#canOpen} (the same {@code @RolesAllowed}/{@code @PermitAll}) is asked again here, so
 * that the menu does not depend on that internal filter.
 */
@Layout
@Prototype
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(CurrentUser currentUser, AccessControl access, LocaleResolver locales, UserService users,
                      SessionSettings sessions, ClientAddresses addresses, StaffContacts contacts) {
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        Anchor brand = new Anchor("/workbench", getTranslation("app.title"));
        brand.addClassName("app-brand");
        Div drawerHeader = new Div(brand, new Span(getTranslation("app.subtitle")));
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader);
        menu(access).forEach(this::addToDrawer);

        viewTitle.addClassName("view-title");
        String department = user.departmentId() == null ? ""
                : users.row(user.id()).map(UserRow::departmentName).map(name -> " · " + name).orElse("");
        String who = user.displayName() + " · " + getTranslation(user.role().labelKey()) + department;
        Span userInfo = new Span(VaadinIcon.USER.create(), new Span(who));
        userInfo.setTitle(who);
        userInfo.setId("signed-in-user");
        userInfo.addClassName("signed-in-user");
        // the user menu: the account's own settings
        MenuBar userMenu = new MenuBar();
        userMenu.setId("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem account = userMenu.addItem(userInfo);
        account.getSubMenu().addItem(getTranslation("password.change"),
                e -> new ChangePasswordDialog(users, currentUser, addresses).open()).setId("change-password");
        account.getSubMenu().addItem(getTranslation("user.contact.title"),
                e -> new OwnContactDialog(contacts, currentUser).open()).setId("own-contact");
        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> {
            currentUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        });
        logout.setId("logout");
        // on a narrow screen the header shows the button's icon only (styles.css): the name stays for screen readers
        logout.setAriaLabel(getTranslation("shell.logout"));
        logout.setTooltipText(getTranslation("shell.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, userMenu,
                new LanguageSwitch(locales), logout, new IdleWatch(currentUser, sessions));
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("app-header");
        addToNavbar(header);
    }

    /** The menu's groups, each with the entries the user may open; a group with none is left out. */
    private List<SideNav> menu(AccessControl access) {
        Map<Integer, SideNav> groups = new LinkedHashMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() == null || !access.canOpen(entry.menuClass())) {
                continue;
            }
            int group = entry.order() == null ? 0 : MenuGroup.of(entry.order());
            SideNav nav = groups.computeIfAbsent(group, g -> MenuGroup.labelKey(g)
                    .map(key -> new SideNav(getTranslation(key))).orElseGet(SideNav::new));
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return List.copyOf(groups.values());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content instanceof HasDynamicTitle titled) {
            viewTitle.setText(titled.getPageTitle());
        } else if (content != null && content.getClass().isAnnotationPresent(PageTitle.class)) {
            viewTitle.setText(content.getClass().getAnnotation(PageTitle.class).value());
        } else {
            viewTitle.setText("");
        }
    }
}
