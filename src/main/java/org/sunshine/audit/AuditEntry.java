package org.sunshine.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line of the audit log: who did what to which record, when (set as it is written), from where. */
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        @DateCreated(truncatedTo = ChronoUnit.SECONDS) @Nullable Instant occurredAt,
        @Nullable Long actorId,
        String actorName,
        AuditAction action,
        String targetType,
        String targetId,
        String detail,
        String clientIp) {
}
