package org.sunshine.vaadin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ui.NotFoundView;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.shell.AccessDeniedView;
import org.sunshine.shell.LandingView;
import org.sunshine.shell.MainLayout;
import org.sunshine.testing.UiTest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The Vaadin–Micronaut integration: views come from the bean context, and the Vaadin scopes behave as documented. */
@MicronautTest(startApplication = false)
class VaadinIntegrationTest extends UiTest {

    @Test
    void everyRouteOfTheApplicationIsABeanAndRegistered() {
        Set<String> annotated;
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages("org.sunshine").scan()) {
            annotated = scan.getClassesWithAnnotation(Route.class.getName()).stream()
                    .map(c -> c.getName()).collect(Collectors.toSet());
        }
        Set<String> beans = context.getBean(VaadinTypes.class).routes().stream().map(Class::getName).collect(Collectors.toSet());
        assertThat(annotated).isNotEmpty();
        // a @Route without @Prototype would be silently missing from the application
        assertThat(beans).containsExactlyInAnyOrderElementsOf(annotated);
        assertThat(context.getBean(VaadinTypes.class).errorViews()).contains(NotFoundView.class);
        assertThat(context.getBean(VaadinTypes.class).layouts()).containsExactly(MainLayout.class);
        // the servlet's start-up hands the automatic layout to Vaadin's route registry with the routes
        assertThat(VaadinServletInitializer.handledTypes(new RouteRegistryInitializer(), context.getBean(VaadinTypes.class).all()))
                .contains(MainLayout.class).containsAll(beans.stream().map(VaadinIntegrationTest::load).toList());
    }

    @Test
    void theAutomaticLayoutFramesTheStaffScreensOnly() {
        RouteRegistry registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        assertThat(registry.getLayout("workbench")).isEqualTo(MainLayout.class);
        // the public pages, the sign-in and the error views name their own layout
        navigate("login");
        assertThat(chain()).hasAtLeastOneElementOfType(PublicLayout.class).doesNotHaveAnyElementsOfTypes(MainLayout.class);
        navigate("submit");
        assertThat(chain()).hasAtLeastOneElementOfType(PublicLayout.class).doesNotHaveAnyElementsOfTypes(MainLayout.class);

        signInAs("handler");
        navigate("directory/departments");
        assertThat(chain()).hasAtLeastOneElementOfType(MainLayout.class).doesNotHaveAnyElementsOfTypes(PublicLayout.class);
        navigate("findings/999999999");
        _get(NotFoundView.class);
        assertThat(chain()).hasAtLeastOneElementOfType(PublicLayout.class).doesNotHaveAnyElementsOfTypes(MainLayout.class);
        navigate("admin/users");
        _get(AccessDeniedView.class);
        assertThat(chain()).hasAtLeastOneElementOfType(MainLayout.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RouterLayout> chain() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(RouterLayout.class::isInstance)
                .map(RouterLayout.class::cast).toList();
    }

    @Test
    void aViewIsCreatedByTheBeanContextWithItsServices() {
        navigate("");
        LandingView landing = _get(LandingView.class);
        // the key areas come from the database, through the directory's landing section and its injected service
        assertThat(landing.getElement().getOuterHTML()).contains("社会救助和社会福利").contains("市民政局");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).doesNotHaveAnyElementsOfTypes(MainLayout.class);
    }

    @Test
    void twoUisGetSeparateUiScopedBeansAndShareTheSessionScopedOne() {
        UI first = UI.getCurrent();
        TabState firstTab = context.getBean(TabState.class);
        SessionState firstSession = context.getBean(SessionState.class);
        assertThat(context.getBean(TabState.class)).isSameAs(firstTab);

        UI second = new UI();
        second.getInternals().setSession(VaadinSession.getCurrent());
        UI.setCurrent(second);
        TabState secondTab = context.getBean(TabState.class);
        assertThat(secondTab).isNotSameAs(firstTab);
        assertThat(context.getBean(SessionState.class)).isSameAs(firstSession);

        UI.setCurrent(first);
        assertThat(context.getBean(TabState.class)).isSameAs(firstTab);
    }

    @Test
    void aUiScopedBeanEndsWithItsUi() {
        context.getBean(TabState.class);
        int before = TabState.DESTROYED.get();
        ComponentUtil.onComponentDetach(UI.getCurrent());
        assertThat(TabState.DESTROYED.get()).isEqualTo(before + 1);
    }

    @Test
    void aNewSessionGetsItsOwnSessionScopedBean() {
        SessionState first = context.getBean(SessionState.class);
        MockVaadin.tearDown();
        startVaadin();
        assertThat(context.getBean(SessionState.class)).isNotSameAs(first);
    }

}
