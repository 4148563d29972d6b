package org.sunshine.base;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The clock and zone of the business: deadlines and "today" are in {@code sunshine.zone} (Asia/Shanghai). */
@Factory
public class TimeConfig {

    @Singleton
    Clock clock(@Value("${sunshine.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
