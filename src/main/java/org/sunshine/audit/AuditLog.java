package org.sunshine.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.security.SignedInUser;


/** Records and reads the audit log. Entries join the caller's transaction: nothing is audited that did not happen. */
@Singleton
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final AuditRepository repository;

    public AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void record(@Nullable SignedInUser actor, AuditAction action, String targetType, Object targetId,
                       String detail, @Nullable String clientIp) {
        boolean person = actor != null && actor != SignedInUser.SYSTEM;
        record(person ? actor.id() : null, actor == null ? "-" : actor.username(), action, targetType,
                targetId, detail, clientIp);
    }

    @Transactional
    public void record(@Nullable Long actorId, String actorName, AuditAction action, String targetType,
                       Object targetId, String detail, @Nullable String clientIp) {
        String trimmed = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        repository.save(new AuditEntry(null, null, actorId, actorName,
                action, targetType, String.valueOf(targetId), trimmed, clientIp == null ? "" : clientIp));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> newestFirst(int page, int size) {
        return repository.findAll(Pageable.from(page, size, Sort.of(Sort.Order.desc("id"))));
    }
}
