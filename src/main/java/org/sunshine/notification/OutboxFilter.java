package org.sunshine.notification;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * What the 消息外发 screen lists: some states (empty: all), one channel or both, and a search in the event key and
 * the recipient.
 */
public record OutboxFilter(Set<OutboxState> states, @Nullable Channel channel, @Nullable String search) {

    public OutboxFilter {
        states = Set.copyOf(states);
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static OutboxFilter all() {
        return new OutboxFilter(Set.of(), null, null);
    }
}
