package org.sunshine.search;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * One catch-up's reading of the database into an index (docs/architecture.md, "Search"): the new rows of each kind by
 * id, the changed rows of each feed by (updated_at, id) from the last one read less the overlap. Rows already indexed
 * at the same updated_at are remembered for the overlap, so that reading them again indexes nothing twice.
 */
final class CatchUp {

    private static final int MAX_SEEN = 200_000;

    private final SourceReads reads;
    private final SearchSettings settings;
    private final LuceneTextSearch search;
    private final Map<String, Map<Long, Timestamp>> seen = new HashMap<>();

    CatchUp(SourceReads reads, SearchSettings settings, LuceneTextSearch search) {
        this.reads = reads;
        this.settings = settings;
        this.search = search;
    }

    /** After a swap: the rows seen were seen for the index before. */
    synchronized void forgetSeen() {
        seen.clear();
    }

    /** The rows after the highest id read, in order of id. */
    int newRows(IndexGeneration index, Position at, SearchSource source, long[] progress, BooleanSupplier stopping)
            throws IOException {
        return newRows(index, at, source, progress, stopping, Integer.MAX_VALUE);
    }

    /** At most {@code batches} batches: a catch-up that meets a million new rows goes on at its next run. */
    int newRows(IndexGeneration index, Position at, SearchSource source, long[] progress, BooleanSupplier stopping,
                int batches) throws IOException {
        String table = source.feeds().get(0).table();
        int count = 0;
        for (int batch = 0; batch < batches && !stopping.getAsBoolean(); batch++) {
            List<Long> ids = reads.idsAfter(table, at.lastId(source.kind()), settings.batchSize());
            if (ids.isEmpty()) {
                break;
            }
            put(index, source, ids);
            at.lastId(source.kind(), ids.get(ids.size() - 1));
            count += ids.size();
            if (progress != null) {
                progress[0] += ids.size();
                search.progress((int) Math.min(99, 100 * progress[0] / Math.max(1, progress[1])));
            }
            if (ids.size() < settings.batchSize()) {
                break;
            }
        }
        return count;
    }

    /** The rows of each feed changed since the last one read, less the overlap, that were not read at that time. */
    int changedRows(IndexGeneration index, Position at, SearchSource source, BooleanSupplier stopping) throws IOException {
        int count = 0;
        for (SearchSource.Feed feed : source.feeds()) {
            Timestamp last = at.at(feed.table());
            Timestamp cursor = new Timestamp(last == null ? 0 : last.getTime() - settings.overlap().toMillis());
            long afterId = 0;
            Map<Long, Timestamp> known = seen.computeIfAbsent(feed.table(), t -> new HashMap<>());
            while (!stopping.getAsBoolean()) {
                List<SourceReads.Change> changes = reads.changes(feed, cursor, afterId, settings.batchSize());
                if (changes.isEmpty()) {
                    break;
                }
                Set<Long> documents = new LinkedHashSet<>();
                for (SourceReads.Change c : changes) {
                    if (!c.updatedAt().equals(known.get(c.rowId()))) {
                        documents.add(c.documentId());
                        if (known.size() < MAX_SEEN) {
                            known.put(c.rowId(), c.updatedAt());
                        }
                    }
                }
                put(index, source, documents);
                count += documents.size();
                SourceReads.Change end = changes.get(changes.size() - 1);
                cursor = end.updatedAt();
                afterId = end.rowId();
                at.at(feed.table(), cursor, afterId);
                if (changes.size() < settings.batchSize()) {
                    break;
                }
            }
            Timestamp now = at.at(feed.table());
            if (now != null) {
                long forget = now.getTime() - settings.overlap().toMillis();
                known.values().removeIf(t -> t.getTime() < forget);
            }
        }
        return count;
    }

    private void put(IndexGeneration index, SearchSource source, Collection<Long> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        List<IndexDoc> docs = reads.documents(source, ids);
        index.put(docs);
        Set<Long> gone = new HashSet<>(ids);
        docs.forEach(d -> gone.remove(d.id()));
        index.delete(source.kind(), gone);
    }
}
