package org.sunshine.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.servlet.engine.initializer.MicronautServletInitializer;
import jakarta.inject.Singleton;

/**
 * Maps Micronaut's servlet to the extra paths of {@link VaadinConfiguration#micronautPaths()}, such as
 * {@code /health}: the servlet container then routes them to Micronaut and everything else to Vaadin at {@code /*}.
 */
@Singleton
final class MicronautPathsRegistrar implements BeanCreatedEventListener<MicronautServletInitializer> {

    private final VaadinConfiguration configuration;

    MicronautPathsRegistrar(VaadinConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public MicronautServletInitializer onCreated(BeanCreatedEvent<MicronautServletInitializer> event) {
        MicronautServletInitializer initializer = event.getBean();
        configuration.micronautPaths().forEach(initializer::addMicronautServletMapping);
        return initializer;
    }
}
