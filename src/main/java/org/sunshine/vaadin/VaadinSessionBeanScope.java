package org.sunshine.vaadin;

import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.scope.AbstractConcurrentCustomScope;
import io.micronaut.context.scope.CreatedBean;
import io.micronaut.inject.BeanIdentifier;
import jakarta.inject.Singleton;

import java.util.Map;

/** Implements {@link VaadinSessionScope}: beans live in the current {@code VaadinSession}. */
@Singleton
final class VaadinSessionBeanScope extends AbstractConcurrentCustomScope<VaadinSessionScope> {

    VaadinSessionBeanScope() {
        super(VaadinSessionScope.class);
    }

    @Override
    protected Map<BeanIdentifier, CreatedBean<?>> getScopeMap(boolean forCreation) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException(
                    "A @VaadinSessionScope bean was requested outside of a Vaadin session (no VaadinSession.getCurrent())");
        }
        BeanStore store = session.getAttribute(BeanStore.class);
        if (store == null) {
            store = new BeanStore();
            session.setAttribute(BeanStore.class, store);
        }
        return store.beans();
    }

    /** Destroys the beans of a session that has ended. */
    void destroy(VaadinSession session) {
        BeanStore store = session.getAttribute(BeanStore.class);
        if (store != null) {
            destroyScope(store.beans());
        }
    }

    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public void close() {
        // beans end with their session
    }
}
