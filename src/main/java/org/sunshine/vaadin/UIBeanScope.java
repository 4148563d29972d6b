package org.sunshine.vaadin;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import io.micronaut.context.scope.AbstractConcurrentCustomScope;
import io.micronaut.context.scope.CreatedBean;
import io.micronaut.inject.BeanIdentifier;
import jakarta.inject.Singleton;

import java.util.Map;

/** Implements {@link UIScope}: beans live in the current {@code UI} and are destroyed when it detaches. */
@Singleton
final class UIBeanScope extends AbstractConcurrentCustomScope<UIScope> {

    UIBeanScope() {
        super(UIScope.class);
    }

    @Override
    protected Map<BeanIdentifier, CreatedBean<?>> getScopeMap(boolean forCreation) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            throw new IllegalStateException("A @UIScope bean was requested outside of a Vaadin UI (no UI.getCurrent())");
        }
        BeanStore store = ComponentUtil.getData(ui, BeanStore.class);
        if (store == null) {
            BeanStore created = new BeanStore();
            ComponentUtil.setData(ui, BeanStore.class, created);
            ui.addDetachListener(event -> destroyScope(created.beans()));
            store = created;
        }
        return store.beans();
    }

    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public void close() {
        // beans end with their UI
    }
}
