package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which miss made which finding (V25): one finding per overdue window of an item and lead department, one per late
 * record — the unique keys refuse a second, also when two inspectors click at once.
 */
@MappedEntity("disclosure_miss_finding")
record MissFinding(@Id @GeneratedValue @Nullable Long id, MissKind kind, @Nullable Long itemId, long departmentId,
                   @Nullable LocalDate windowStart, @Nullable Long recordId, long findingId, Instant createdAt) {
}
