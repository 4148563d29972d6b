package org.sunshine.assessment;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.security.SignedInUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Ships the default indicator system (src/main/resources/assessment/default-system.json, in the seeds' language):
 * on a start with no system at all, it is written and published through the editor's service, so it obeys the
 * editor's rules. Production and demo alike; an office that wants another copies it into a new version.
 */
@Singleton
public class DefaultIndicatorSystem {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultIndicatorSystem.class);

    private final IndicatorSystemService service;
    private final IndicatorSystemRepository systems;
    private final ObjectMapper json;

    DefaultIndicatorSystem(IndicatorSystemService service, IndicatorSystemRepository systems, ObjectMapper json) {
        this.service = service;
        this.systems = systems;
        this.json = json;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        load();
    }

    /** Writes and publishes the default system if there is no system yet; returns its id, or -1. */
    public synchronized long load() {
        if (systems.count() > 0) {
            return -1;
        }
        Definition definition = read();
        SignedInUser system = SignedInUser.SYSTEM;
        long id = service.create(definition.name(), definition.note(), system);
        for (Definition.Category category : definition.categories()) {
            long categoryId = service.saveCategory(id, new CategoryForm(null, category.name(), category.weight()), system);
            for (Definition.Item item : category.indicators()) {
                service.saveIndicator(id, new IndicatorForm(null, categoryId, item.name(), item.kind(), item.maxPoints(),
                        item.perOccurrence(), item.metric(), item.guidance()), system);
            }
        }
        service.publish(id, system);
        LOG.info("Published the default indicator system \"{}\" ({} categories)", definition.name(), definition.categories().size());
        return id;
    }

    private Definition read() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("assessment/default-system.json")) {
            return json.readValue(in, Definition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read assessment/default-system.json", e);
        }
    }

    @Serdeable
    record Definition(String name, String note, List<Category> categories) {

        @Serdeable
        record Category(String name, BigDecimal weight, List<Item> indicators) {
        }

        @Serdeable
        record Item(String name, IndicatorKind kind, @Nullable BigDecimal maxPoints, @Nullable BigDecimal perOccurrence,
                    @Nullable Metric metric, String guidance) {
        }
    }
}
