package org.sunshine.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Records and reads the audit log. Entries join the caller's transaction: nothing is audited that did not happen.
 * Each entry is chained to the one before by a hash ({@link AuditChain}); only administrators search, export and
 * verify the log, and the export and the check are entries of the log themselves.
 */
@Singleton
public class AuditLog {

    /** The most entries one export holds, newest first: a longer period is exported in parts. */
    public static final int MAX_EXPORT = 50_000;
    static final String TARGET = "audit_log";
    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("id"));

    private final AuditRepository repository;
    private final AuditChain chain;
    private final JdbcOperations jdbc;
    private final BusinessClock clock;

    AuditLog(AuditRepository repository, AuditChain chain, JdbcOperations jdbc, BusinessClock clock) {
        this.repository = repository;
        this.chain = chain;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(@Nullable SignedInUser actor, AuditAction action, String targetType, Object targetId,
                       String detail, @Nullable String clientIp) {
        boolean person = actor != null && actor != SignedInUser.SYSTEM;
        record(person ? actor.id() : null, actor == null ? "-" : actor.username(), action, targetType,
                targetId, detail, clientIp);
    }

    /** Longer texts are cut to their columns' sizes: an entry is never refused for its length. */
    @Transactional
    public void record(@Nullable Long actorId, String actorName, AuditAction action, String targetType,
                       Object targetId, String detail, @Nullable String clientIp) {
        // the wall-clock time the DATETIME column holds for this instant (Connector/J writes instants in the JVM's
        // zone), bound as such so that the hash covers exactly what is stored
        LocalDateTime occurredAt = LocalDateTime.ofInstant(clock.now(), ZoneId.systemDefault());
        chain.append(new ChainHash.Content(0, occurredAt, actorId, cut(actorName, 60), action.name(),
                cut(targetType, 48), cut(String.valueOf(targetId), 64), cut(detail, 1000),
                cut(clientIp == null ? "" : clientIp, 45)));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> newestFirst(int page, int size) {
        return repository.findAll(Pageable.from(page, size, NEWEST_FIRST));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int page, int size, SignedInUser viewer) {
        administrator(viewer);
        return repository.findAll(specification(filter), Pageable.from(page, size, NEWEST_FIRST)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter, SignedInUser viewer) {
        administrator(viewer);
        return repository.count(specification(filter));
    }

    /** The kinds of record the log names. */
    @Transactional(readOnly = true)
    public List<String> targetTypes() {
        return repository.findTargetTypes();
    }

    /** The entries of the search for a file (at most {@link #MAX_EXPORT}, newest first); the export is audited. */
    @Transactional
    public List<AuditEntry> export(AuditFilter filter, SignedInUser viewer, @Nullable String clientIp) {
        administrator(viewer);
        List<AuditEntry> rows = repository.findAll(specification(filter), Pageable.from(0, MAX_EXPORT, NEWEST_FIRST))
                .getContent();
        record(viewer, AuditAction.AUDIT_EXPORTED, TARGET, "", rows.size() + " rows: " + filter.describe(),
                clientIp);
        return rows;
    }

    /** Checks the whole chain; the check and its result are audited. */
    @Transactional
    public ChainCheck verify(SignedInUser viewer, @Nullable String clientIp) {
        administrator(viewer);
        ChainCheck check = jdbc.execute(ChainVerifier::verify);
        record(viewer, AuditAction.AUDIT_CHAIN_VERIFIED, TARGET, "", check.isIntact()
                ? "intact, " + check.entries() + " entries"
                : "broken at #" + check.entryId() + ": " + check.problem() + " after " + check.entries() + " entries", clientIp);
        return check;
    }

    private static void administrator(SignedInUser viewer) {
        if (!viewer.is(Role.ADMIN)) {
            throw new DomainException("error.notAllowed");
        }
    }

    private PredicateSpecification<AuditEntry> specification(AuditFilter filter) {
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                all.add(cb.like(root.get("actorName"), "%" + filter.actor().strip().replace("%", "").replace("_", "") + "%"));
            }
            if (filter.action() != null) {
                all.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.targetType() != null && !filter.targetType().isBlank()) {
                all.add(cb.equal(root.get("targetType"), filter.targetType().strip()));
            }
            if (filter.targetId() != null && !filter.targetId().isBlank()) {
                all.add(cb.equal(root.get("targetId"), filter.targetId().strip()));
            }
            if (filter.from() != null) {
                Instant from = filter.from().atStartOfDay(clock.zone()).toInstant();
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (filter.to() != null) {
                Instant until = filter.to().plusDays(1).atStartOfDay(clock.zone()).toInstant();
                all.add(cb.lessThan(root.get("occurredAt"), until));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new)); // null: no WHERE (Micronaut Data 4.14 renders an empty conjunction as a bare WHERE)
        };
    }

    /** At most {@code max} characters, never splitting one in two. */
    static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }
}
