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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.sunshine.assessment.ui.AnnualView;
import org.sunshine.assessment.ui.IndicatorSystemsView;
import org.sunshine.assessment.ui.PeriodsView;
import org.sunshine.audit.ui.AuditLogView;
import org.sunshine.base.i18n.LocaleResolver;
import org.sunshine.base.ui.LanguageSwitch;
import org.sunshine.bulletin.ui.BulletinsView;
import org.sunshine.calendar.ui.CalendarAdminView;
import org.sunshine.dashboard.ui.DashboardView;
import org.sunshine.complaint.ui.ComplaintsView;
import org.sunshine.complaint.ui.EntryView;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ui.DepartmentsView;
import org.sunshine.directory.ui.KeyAreasView;
import org.sunshine.directory.ui.ResponsibilitiesView;
import org.sunshine.finding.ui.FindingsView;
import org.sunshine.finding.ui.NewFindingView;
import org.sunshine.security.AccessControl;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.ui.UserAdminView;
import org.sunshine.supervision.ui.ReviewsView;
import org.sunshine.supervision.ui.SupervisorsView;

import java.util.List;

/**
 * The staff layout: the side navigation shows the screens the signed-in user's role may open (read from the
 * views' own access annotations), the header shows who is signed in, the language switch and sign-out.
 */
@Prototype
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** A menu entry: its label key, icon and view. */
    record Entry(String labelKey, VaadinIcon icon, Class<? extends Component> view) {
    }

    /** The menu, in groups; an entry shows only if the user may open its view. */
    static final List<List<Entry>> MENU = List.of(
            List.of(new Entry("nav.workbench", VaadinIcon.HOME_O, WorkbenchView.class),
                    new Entry("nav.dashboard", VaadinIcon.DASHBOARD, DashboardView.class)),
            List.of(new Entry("nav.complaints", VaadinIcon.COMMENTS_O, ComplaintsView.class),
                    new Entry("nav.complaintEntry", VaadinIcon.PHONE, EntryView.class)),
            List.of(new Entry("nav.reviews", VaadinIcon.CLIPBOARD_CHECK, ReviewsView.class),
                    new Entry("nav.findings", VaadinIcon.FLAG_O, FindingsView.class),
                    new Entry("nav.newFinding", VaadinIcon.PLUS_CIRCLE_O, NewFindingView.class),
                    new Entry("nav.supervisors", VaadinIcon.GROUP, SupervisorsView.class)),
            List.of(new Entry("nav.periods", VaadinIcon.CHART_3D, PeriodsView.class),
                    new Entry("nav.annual", VaadinIcon.TROPHY, AnnualView.class),
                    new Entry("nav.bulletins", VaadinIcon.NEWSPAPER, BulletinsView.class),
                    new Entry("nav.indicatorSystems", VaadinIcon.SITEMAP, IndicatorSystemsView.class)),
            List.of(new Entry("nav.departments", VaadinIcon.BUILDING_O, DepartmentsView.class),
                    new Entry("nav.keyAreas", VaadinIcon.GRID_BIG_O, KeyAreasView.class),
                    new Entry("nav.responsibilities", VaadinIcon.LIST_OL, ResponsibilitiesView.class)),
            List.of(new Entry("nav.users", VaadinIcon.USERS, UserAdminView.class),
                    new Entry("nav.calendar", VaadinIcon.CALENDAR, CalendarAdminView.class),
                    new Entry("nav.audit", VaadinIcon.FILE_TEXT_O, AuditLogView.class)));
    private static final List<String> GROUP_LABELS = List.of("nav.group.home", "nav.group.complaints",
            "nav.group.supervision", "nav.group.assessment", "nav.group.directory", "nav.group.system");

    private final H1 viewTitle = new H1();

    public MainLayout(CurrentUser currentUser, AccessControl access, LocaleResolver locales,
                      DepartmentService departments) {
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        Anchor brand = new Anchor("/workbench", getTranslation("app.title"));
        brand.addClassName("app-brand");
        Div drawerHeader = new Div(brand, new Span(getTranslation("app.subtitle")));
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader);
        for (int group = 0; group < MENU.size(); group++) {
            SideNav nav = new SideNav(getTranslation(GROUP_LABELS.get(group)));
            for (Entry entry : MENU.get(group)) {
                if (access.canOpen(entry.view())) {
                    nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create()));
                }
            }
            if (!nav.getItems().isEmpty()) {
                addToDrawer(nav);
            }
        }

        viewTitle.addClassName("view-title");
        String who = user.displayName() + " · " + getTranslation(user.role().labelKey())
                + (user.departmentId() == null ? "" : departments.row(user.departmentId()).map(d -> " · " + d.name()).orElse(""));
        Span userInfo = new Span(VaadinIcon.USER.create(), new Span(who));
        userInfo.setId("signed-in-user");
        userInfo.addClassName("signed-in-user");
        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> {
            currentUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        });
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, userInfo,
                new LanguageSwitch(locales), logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("app-header");
        addToNavbar(header);
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
