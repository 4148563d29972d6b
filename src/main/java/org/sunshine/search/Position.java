package org.sunshine.search;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * How far an index got, kept in its commits: per kind the highest id read in order (new rows, whatever their
 * {@code updated_at}: the demo's and the benchmark's history is dated in the past), per feed the last change read
 * (updated_at, then id); and what it was built for (the schema, the database, the rebuild asked for).
 */
final class Position {

    private static final String SCHEMA = "schema";
    private static final String TOKEN = "token";
    private static final String REBUILD = "rebuild";
    private static final String COMPLETE = "complete";

    final String schema;
    final String token;
    final long rebuild;
    private final Map<String, Long> lastIds = new HashMap<>();
    private final Map<String, Timestamp> feedAt = new HashMap<>();
    private final Map<String, Long> feedId = new HashMap<>();

    Position(String schema, String token, long rebuild) {
        this.schema = schema;
        this.token = token;
        this.rebuild = rebuild;
    }

    static Position read(Map<String, String> data) {
        if (!"true".equals(data.get(COMPLETE))) {
            return null;
        }
        Position p = new Position(data.get(SCHEMA), data.get(TOKEN), Long.parseLong(data.getOrDefault(REBUILD, "0")));
        data.forEach((key, value) -> {
            if (key.startsWith("id.")) {
                p.lastIds.put(key.substring(3), Long.parseLong(value));
            } else if (key.startsWith("at.")) {
                p.feedAt.put(key.substring(3), new Timestamp(Long.parseLong(value)));
            } else if (key.startsWith("atId.")) {
                p.feedId.put(key.substring(5), Long.parseLong(value));
            }
        });
        return p;
    }

    Map<String, String> data() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA, schema);
        data.put(TOKEN, token);
        data.put(REBUILD, String.valueOf(rebuild));
        data.put(COMPLETE, "true");
        lastIds.forEach((kind, id) -> data.put("id." + kind, String.valueOf(id)));
        feedAt.forEach((table, at) -> data.put("at." + table, String.valueOf(at.getTime())));
        feedId.forEach((table, id) -> data.put("atId." + table, String.valueOf(id)));
        return data;
    }

    synchronized long lastId(String kind) {
        return lastIds.getOrDefault(kind, 0L);
    }

    synchronized void lastId(String kind, long id) {
        lastIds.merge(kind, id, Math::max);
    }

    /** The feed's last change read; null: none yet (an empty table when the index was made). */
    synchronized Timestamp at(String table) {
        return feedAt.get(table);
    }

    synchronized void at(String table, Timestamp at, long id) {
        Timestamp before = feedAt.get(table);
        if (before == null || at.after(before) || (at.equals(before) && id > feedId.getOrDefault(table, 0L))) {
            feedAt.put(table, at);
            feedId.put(table, id);
        }
    }

    boolean fits(String schema, String token) {
        return this.schema != null && this.schema.equals(schema) && this.token != null && this.token.equals(token);
    }
}
