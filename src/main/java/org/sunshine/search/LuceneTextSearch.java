package org.sunshine.search;

import jakarta.inject.Singleton;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link TextSearch} on the node's Lucene index: the searches, and the index in use, which {@link IndexKeeper} fills
 * and swaps for a rebuilt one.
 */
@Singleton
class LuceneTextSearch implements TextSearch {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneTextSearch.class);
    /** Equal scores: the newer record first. */
    private static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortField(IndexGeneration.ID, SortField.Type.LONG, true));
    /** The index's own order: the newest first without looking at every match. */
    static final Sort NEWEST = new Sort(new SortField(IndexGeneration.ID, SortField.Type.LONG, true));

    private final ChineseText text = new ChineseText();
    private final int rankLimit;
    /** Searches hold it shared; a swap holds it alone, so that no search runs on an index being closed. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile IndexGeneration current;
    private volatile int progress = 100;
    private volatile IndexKeeper keeper;

    LuceneTextSearch(SearchSettings settings) {
        this.rankLimit = settings.rankLimit();
    }

    ChineseText text() {
        return text;
    }

    void keeper(IndexKeeper keeper) {
        this.keeper = keeper;
    }

    IndexGeneration current() {
        return current;
    }

    /** Puts a new index in use and returns the one it replaces (the caller closes it). */
    IndexGeneration swap(IndexGeneration next) {
        lock.writeLock().lock();
        try {
            IndexGeneration before = current;
            current = next;
            return before;
        } finally {
            lock.writeLock().unlock();
        }
    }

    void progress(int percent) {
        progress = percent;
    }

    @Override
    public boolean searchable(String searched) {
        return text.searchable(searched);
    }

    @Override
    public boolean ready() {
        return current != null;
    }

    @Override
    public int buildProgress() {
        return progress;
    }

    @Override
    public Hits find(TextQuery query, int offset, int limit) {
        beforeSearch();
        Query ranked = query(query);
        Query match = query(query, text.match(query.text()));
        if (ranked == null || limit <= 0) {
            return Hits.NONE;
        }
        return withSearcher(searcher -> {
            // a word in most records ranks nothing: the newest first, found without scoring every match
            boolean broad = rankLimit > 0 && searcher.count(match) > rankLimit;
            TopDocs top = broad ? searcher.search(match, offset + limit, NEWEST, false)
                    : searcher.search(ranked, offset + limit, RANKED, false);
            List<Long> ids = new ArrayList<>();
            var stored = searcher.storedFields();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                ids.add(stored.document(hit.doc).getField(IndexGeneration.ID).numericValue().longValue());
            }
            return new Hits(ids);
        }, Hits.NONE);
    }

    @Override
    public long count(TextQuery query) {
        beforeSearch();
        Query q = query(query, text.match(query.text()));
        if (q == null) {
            return 0;
        }
        return withSearcher(searcher -> (long) searcher.count(q), 0L);
    }

    @Override
    public List<Segment> marks(String searched, String value) {
        return Marks.of(value, text.needles(searched));
    }

    @Override
    public List<Segment> snippet(String searched, String value, int length) {
        return Marks.snippet(value, text.needles(searched), length);
    }

    @Override
    public void forget(String kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        IndexGeneration index = current;
        if (index == null) {
            return;
        }
        try {
            index.delete(kind, ids);
            index.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove {} {} from the search index", kind, ids, e);
        }
    }

    @Override
    public boolean awaitCurrent(Duration timeout) {
        IndexKeeper k = keeper;
        return k != null && k.awaitCurrent(timeout);
    }

    private void beforeSearch() {
        IndexKeeper k = keeper;
        if (k != null) {
            k.beforeSearch();
        }
    }

    /** The whole query: the words, the kind, the filter; null when the text has no word. */
    Query query(TextQuery query) {
        return query(query, text.query(query.text()));
    }

    private static Query query(TextQuery query, Query words) {
        if (words == null) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(new TermQuery(new Term(IndexGeneration.KIND, query.kind())), Occur.FILTER);
        if (query.filter() != null) {
            all.add(filter(query.filter()), Occur.FILTER);
        }
        return all.build();
    }

    static Query filter(Condition condition) {
        if (condition instanceof Condition.Is is) {
            String field = IndexGeneration.KEYWORD + is.field();
            if (is.values().isEmpty()) {
                return new MatchNoDocsQuery();
            }
            if (is.values().size() == 1) {
                return new TermQuery(new Term(field, is.values().iterator().next()));
            }
            return new TermInSetQuery(field, is.values().stream().sorted().map(BytesRef::new).toList());
        }
        if (condition instanceof Condition.Between between) {
            return LongPoint.newRangeQuery(IndexGeneration.NUMBER + between.field(),
                    between.from() == null ? Long.MIN_VALUE : between.from(),
                    between.to() == null ? Long.MAX_VALUE : between.to());
        }
        if (condition instanceof Condition.All all) {
            if (all.parts().isEmpty()) {
                return new MatchAllDocsQuery();
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            all.parts().forEach(p -> b.add(filter(p), Occur.FILTER));
            return b.build();
        }
        if (condition instanceof Condition.Any any) {
            if (any.parts().isEmpty()) {
                return new MatchNoDocsQuery();
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            any.parts().forEach(p -> b.add(filter(p), Occur.SHOULD));
            return b.build();
        }
        Condition.Not not = (Condition.Not) condition;
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(filter(not.part()), Occur.MUST_NOT).build();
    }

    private interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Search<T> search, T whenNone) {
        lock.readLock().lock();
        try {
            IndexGeneration index = current;
            if (index == null) {
                return whenNone;
            }
            IndexSearcher searcher = index.acquire();
            try {
                return search.run(searcher);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }
}
