package org.sunshine.db.embedded;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;
import io.micronaut.context.env.PropertyExpressionResolver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves {@code ${sunshine.embedded-db.url}}, the default of {@code datasources.default.url} in
 * application.yml, by starting the embedded MariaDB. A {@code DATASOURCES_DEFAULT_URL} in the environment
 * overrides that default, so the embedded server is never started when a real database is configured.
 */
public final class EmbeddedDatabaseUrlResolver implements PropertyExpressionResolver {

    static final String EXPRESSION = "sunshine.embedded-db.url";

    @Override
    public <T> Optional<T> resolve(PropertyResolver properties, ConversionService conversionService,
                                   String expression, Class<T> requiredType) {
        if (!EXPRESSION.equals(expression)) {
            return Optional.empty();
        }
        Path dataDir = properties.get("sunshine.embedded-db.data-dir", String.class)
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".sunshine", "mariadb"));
        boolean temporary = properties.get("sunshine.embedded-db.temporary", Boolean.class).orElse(false);
        String url = EmbeddedMariaDb.start(dataDir, temporary).jdbcUrl();
        return conversionService.convert(url, requiredType);
    }
}
