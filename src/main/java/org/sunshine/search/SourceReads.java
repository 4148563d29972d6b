package org.sunshine.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The keeper's reads of the database, each in a transaction of its own: the rows after an id, the rows changed since a
 * moment, the documents of ids, the rebuilds asked for. Table names come from the features' code, never from input.
 */
@Singleton
class SourceReads {

    /** A row of a feed that changed: its own id and time, and the document it belongs to. */
    record Change(long rowId, long documentId, Timestamp updatedAt) {
    }

    private final JdbcOperations jdbc;

    SourceReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Long> idsAfter(String table, long after, int limit) {
        return jdbc.prepareStatement("SELECT id FROM " + table + " WHERE id > ? ORDER BY id LIMIT ?", s -> {
            s.setLong(1, after);
            s.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        });
    }

    @Transactional(readOnly = true)
    public long maxId(String table) {
        return jdbc.prepareStatement("SELECT MAX(id) FROM " + table, s -> {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /** The latest change of a feed, or null for an empty table. */
    @Transactional(readOnly = true)
    public Timestamp lastChange(SearchSource.Feed feed) {
        return jdbc.prepareStatement("SELECT MAX(updated_at) FROM " + feed.table(), s -> {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getTimestamp(1) : null;
            }
        });
    }

    /**
     * The feed's rows after ({@code at}, {@code afterId}) in the order (updated_at, id): those of the same second
     * first, then the later ones; two range reads of the index on {@code updated_at}.
     */
    @Transactional(readOnly = true)
    public List<Change> changes(SearchSource.Feed feed, Timestamp at, long afterId, int limit) {
        String columns = "SELECT id, " + feed.documentId() + ", updated_at FROM " + feed.table() + " WHERE ";
        String where = feed.where().isBlank() ? "" : " AND (" + feed.where() + ")";
        List<Change> changes = new ArrayList<>();
        jdbc.prepareStatement(columns + "updated_at = ? AND id > ?" + where + " ORDER BY id LIMIT ?", s -> {
            s.setTimestamp(1, at);
            s.setLong(2, afterId);
            s.setInt(3, limit);
            read(s.executeQuery(), changes);
            return null;
        });
        if (changes.size() < limit) {
            int rest = limit - changes.size();
            jdbc.prepareStatement(columns + "updated_at > ?" + where + " ORDER BY updated_at, id LIMIT ?", s -> {
                s.setTimestamp(1, at);
                s.setInt(2, rest);
                read(s.executeQuery(), changes);
                return null;
            });
        }
        return changes;
    }

    private static void read(ResultSet r, List<Change> into) throws java.sql.SQLException {
        try (r) {
            while (r.next()) {
                long documentId = r.getLong(2);
                if (!r.wasNull()) {
                    into.add(new Change(r.getLong(1), documentId, r.getTimestamp(3)));
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<IndexDoc> documents(SearchSource source, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : source.documents(ids);
    }

    /** What a step changed, of each kind: the ids it touched and their documents now. */
    record Touched(SearchSource source, Collection<Long> ids, List<IndexDoc> documents) {
    }

    /**
     * The records a step touched, read in a transaction of its own (after the step's transaction ended), or, with
     * {@code inside}, in the step's own transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW, readOnly = true)
    public List<Touched> touched(List<SearchSource> sources, String machine, long recordId) {
        return touchedInside(sources, machine, recordId);
    }

    /** The same, in the caller's transaction (no transaction boundary, so that a failure here never fails the step). */
    List<Touched> touchedInside(List<SearchSource> sources, String machine, long recordId) {
        List<Touched> touched = new ArrayList<>();
        for (SearchSource source : sources) {
            Collection<Long> ids = source.touched(machine, recordId);
            if (!ids.isEmpty()) {
                touched.add(new Touched(source, ids, source.documents(ids)));
            }
        }
        return touched;
    }

    /** The latest rebuild asked for (0: none). */
    @Transactional(readOnly = true)
    public long lastRebuild() {
        return jdbc.prepareStatement("SELECT MAX(id) FROM search_rebuild", s -> {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /**
     * What names this database for the index: the token of its first rebuild row, written by the first node that
     * asks. An index made from another database (a developer's other data folder) is then rebuilt, not used.
     */
    @Transactional
    public String databaseToken() {
        String token = firstToken();
        if (token != null) {
            return token;
        }
        jdbc.prepareStatement("INSERT INTO search_rebuild (token, requested_at, requested_by) VALUES (?, ?, ?)", s -> {
            s.setString(1, UUID.randomUUID().toString());
            s.setTimestamp(2, new Timestamp(System.currentTimeMillis() / 1000 * 1000));
            s.setString(3, "-");
            return s.executeUpdate();
        });
        return firstToken();
    }

    private String firstToken() {
        return jdbc.prepareStatement("SELECT token FROM search_rebuild ORDER BY id LIMIT 1", s -> {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        });
    }
}
