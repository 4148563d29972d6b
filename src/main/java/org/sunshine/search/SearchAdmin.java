package org.sunshine.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The administrators' view of the index: how this node's stands, and a rebuild on every node (a row of
 * {@code search_rebuild}, which each node's catch-up reads), audited.
 */
@Singleton
public class SearchAdmin {

    private final IndexKeeper keeper;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final BusinessClock clock;

    SearchAdmin(IndexKeeper keeper, JdbcOperations jdbc, AuditLog audit, BusinessClock clock) {
        this.keeper = keeper;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** This node's index. */
    public record Status(boolean ready, boolean rebuilding, int progress, long documents, String directory,
                         @Nullable Instant lastCatchUp) {
    }

    public Status status(SignedInUser viewer) {
        requireAdmin(viewer);
        IndexKeeper.IndexStatus s = keeper.status();
        return new Status(s.ready(), s.rebuilding(), s.progress(), s.documents(), s.directory(), s.lastCatchUp());
    }

    /** Asks every node to rebuild its index from the database; each starts within seconds (its next catch-up). */
    @Transactional
    public void rebuild(SignedInUser viewer, @Nullable String clientIp) {
        requireAdmin(viewer);
        jdbc.prepareStatement("INSERT INTO search_rebuild (token, requested_at, requested_by) VALUES ('', ?, ?)", s -> {
            s.setTimestamp(1, Timestamp.from(clock.now()));
            s.setString(2, viewer.username());
            return s.executeUpdate();
        });
        audit.record(viewer, AuditAction.SEARCH_INDEX_REBUILT, "search_index", "", "", clientIp);
        // every node, this one included, starts at its next catch-up, when the row is committed
    }

    private static void requireAdmin(SignedInUser viewer) {
        if (!viewer.is(Role.ADMIN)) {
            throw new DomainException("error.notAllowed");
        }
    }
}
