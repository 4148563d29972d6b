package org.sunshine.vaadin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Settings of the Vaadin servlet under the {@code vaadin} prefix.
 *
 * @param micronautPaths  URL patterns answered by Micronaut's servlet besides {@code micronaut.servlet.mapping};
 *                        Vaadin's servlet answers every other path
 * @param initParameters  Vaadin servlet init parameters (e.g. {@code closeIdleSessions: true})
 */
@ConfigurationProperties("vaadin")
public record VaadinConfiguration(@Nullable List<String> micronautPaths,
                                  @Nullable Map<String, String> initParameters) {

    public VaadinConfiguration {
        micronautPaths = micronautPaths == null ? List.of() : List.copyOf(micronautPaths);
        initParameters = initParameters == null ? Map.of() : Map.copyOf(initParameters);
    }
}
