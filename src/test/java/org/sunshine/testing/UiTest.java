package org.sunshine.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.vaadin.VaadinTypes;

import java.util.HashSet;
import java.util.Set;

/**
 * Base of browserless UI tests (Karibu-Testing): a mocked Vaadin session per test whose views and layouts are
 * created by the Micronaut bean context of the {@code @MicronautTest}, exactly as in the running application.
 */
public abstract class UiTest {

    @Inject
    protected ApplicationContext context;

    /** The request started by {@link #nextRequest()}, held while it is being served. */
    private VaadinServletRequest request;

    @BeforeEach
    protected void startVaadin() {
        VaadinTypes types = context.getBean(VaadinTypes.class);
        Set<Class<? extends Component>> routes = new HashSet<>(types.routes());
        routes.addAll(types.layouts());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<Class<? extends HasErrorParameter<?>>> errors = new HashSet(types.errorViews());
        MockVaadin.setup(MockMicronautServlet.UI_FACTORY, new MockMicronautServlet(context, new Routes(routes, errors, true)));
    }

    @AfterEach
    protected void stopVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs in as a demo login, as the login view would. */
    protected SignedInUser signInAs(String username) {
        var user = context.getBean(UserRepository.class).findByUsername(username).orElseThrow();
        SignedInUser signedIn = new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getDepartmentId());
        context.getBean(CurrentUser.class).signIn(signedIn);
        return signedIn;
    }

    /**
     * Starts a new request of the same browser session, as the next navigation would send. Vaadin's
     * {@link CurrentInstance} holds the request only weakly (the servlet container holds it strongly while it serves
     * it), so this test holds it too: a garbage collection in the middle of a test must not lose it.
     */
    protected void nextRequest() {
        VaadinServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        request = new VaadinServletRequest(new FakeRequest(current.getHttpServletRequest().getSession()),
                current.getService());
        CurrentInstance.set(VaadinRequest.class, request);
    }

    /** Navigates as a typed-in address would, query parameters included. */
    protected void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
