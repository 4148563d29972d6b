package org.sunshine.vaadin;

import io.micronaut.context.scope.CreatedBean;
import io.micronaut.inject.BeanIdentifier;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scoped beans of one UI or session, kept in the UI or session itself so the scopes hold no state.
 * Serializable as a session attribute must be; the beans are not carried over a serialization.
 */
final class BeanStore implements Serializable {

    private transient Map<BeanIdentifier, CreatedBean<?>> beans;

    synchronized Map<BeanIdentifier, CreatedBean<?>> beans() {
        if (beans == null) {
            beans = new ConcurrentHashMap<>();
        }
        return beans;
    }
}
