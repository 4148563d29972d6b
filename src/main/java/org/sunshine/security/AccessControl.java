package org.sunshine.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Singleton;
import org.sunshine.security.ui.LoginView;

import java.security.Principal;
import java.util.List;
import java.util.function.Predicate;

/**
 * Enforces every view's {@code @AnonymousAllowed}, {@code @PermitAll} or {@code @RolesAllowed} on each navigation,
 * server-side, including typed-in URLs: anonymous visitors are sent to the login view, signed-in users without
 * the role get the access-denied view. A view without an annotation is closed to everyone.
 */
@Singleton
public class AccessControl implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccessAnnotationChecker annotations = new AccessAnnotationChecker();

    public AccessControl(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        NavigationAccessControl control = new NavigationAccessControl(List.of(new AnnotatedViewAccessChecker()),
                new com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver()) {
            @Override
            protected Principal getPrincipal(VaadinRequest request) {
                return currentUser.get().orElse(null);
            }

            @Override
            protected Predicate<String> getRolesChecker(VaadinRequest request) {
                return AccessControl.this::hasRole;
            }
        };
        control.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(control));
    }

    /** Whether the current user may open a view; used to build the navigation menu. */
    public boolean canOpen(Class<?> view) {
        return annotations.hasAccess(view, currentUser.get().orElse(null), this::hasRole);
    }

    private boolean hasRole(String role) {
        return currentUser.get().map(u -> u.role().name().equals(role)).orElse(false);
    }
}
