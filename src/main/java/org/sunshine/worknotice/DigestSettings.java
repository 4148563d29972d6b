package org.sunshine.worknotice;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The daily digest to staff (docs/notifications.md, "To staff").
 *
 * @param digestTime    on each working day of the calendar, the digest goes out from this time (business zone)
 * @param scheduled     look every five minutes whether it is due (off in tests, which run it themselves)
 * @param takeOverAfter a day's run claimed by a node and not finished after this long is taken over by another
 */
@ConfigurationProperties("sunshine.staff-notices")
public record DigestSettings(@Bindable(defaultValue = "08:30") LocalTime digestTime,
                             @Bindable(defaultValue = "true") boolean scheduled,
                             @Bindable(defaultValue = "30m") Duration takeOverAfter) {
}
