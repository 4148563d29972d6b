package org.sunshine.base.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Makes Tomcat listen only on {@code micronaut.server.host} ({@code MICRONAUT_SERVER_HOST}) when it is set. Micronaut's
 * servlet module reads the setting but leaves Tomcat's connector on every address; an application node behind a proxy
 * must listen on its private address or 127.0.0.1 only (docs/deployment.md), or clients could reach it around the
 * proxy.
 */
@Singleton
@Requires(property = "micronaut.server.host")
final class ListenAddress implements BeanCreatedEventListener<Tomcat> {

    private final String host;

    ListenAddress(@Value("${micronaut.server.host}") String host) {
        this.host = host;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        bind(event.getBean(), host);
        return event.getBean();
    }

    /** Binds every connector of {@code tomcat}, before it starts, to {@code host}. */
    static void bind(Tomcat tomcat, String host) {
        for (Connector connector : tomcat.getService().findConnectors()) {
            connector.setProperty("address", host);
        }
    }
}
