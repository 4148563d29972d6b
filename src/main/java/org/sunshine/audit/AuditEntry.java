package org.sunshine.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One line of the audit log: who did what to which record, when, from where. */
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        @Nullable Long actorId,
        String actorName,
        AuditAction action,
        String targetType,
        String targetId,
        String detail,
        String clientIp) {
}
