package org.sunshine.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One index on disk (a folder): its writer, its near-real-time searchers and what its last commit recorded (the
 * schema, how far the catch-up got). A rebuild makes a new one beside the one in use and swaps them when done.
 */
final class IndexGeneration implements Closeable {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String KEYWORD = "k.";
    static final String NUMBER = "n.";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private IndexGeneration(Path path, Directory directory, IndexWriter writer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    static IndexGeneration open(Path path, ChineseText text, double bufferMb) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            IndexWriterConfig config = new IndexWriterConfig(text.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(bufferMb)
                    .setIndexSort(LuceneTextSearch.NEWEST)
                    .setCommitOnClose(false);
            return new IndexGeneration(path, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** What the last commit recorded; empty for a new index. */
    Map<String, String> committed() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    void put(List<IndexDoc> docs) throws IOException {
        for (IndexDoc doc : docs) {
            writer.updateDocument(new Term(KEY, key(doc.kind(), doc.id())), document(doc));
        }
    }

    void delete(String kind, Collection<Long> ids) throws IOException {
        for (long id : ids) {
            writer.deleteDocuments(new Term(KEY, key(kind, id)));
        }
    }

    /** Makes what was put visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes what was put durable, with the catch-up's position. */
    void commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(Map.copyOf(data).entrySet());
        writer.commit();
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    long size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    private static String key(String kind, long id) {
        return kind + ":" + id;
    }

    private static Document document(IndexDoc doc) {
        Document d = new Document();
        d.add(new StringField(KEY, key(doc.kind(), doc.id()), Field.Store.NO));
        d.add(new StringField(KIND, doc.kind(), Field.Store.NO));
        d.add(new StoredField(ID, doc.id()));
        d.add(new NumericDocValuesField(ID, doc.id()));
        doc.texts().forEach((weight, text) -> d.add(new TextField(ChineseText.WORDS + weight, text, Field.Store.NO)));
        String title = doc.texts().get(IndexDoc.Weight.TITLE);
        if (title != null) {
            d.add(new TextField(ChineseText.PAIRS + IndexDoc.Weight.TITLE, title, Field.Store.NO));
        }
        // one line each: no pair is made across two texts
        d.add(new TextField(ChineseText.ALL, String.join("\n", doc.texts().values()), Field.Store.NO));
        doc.keywords().forEach((field, value) -> d.add(new StringField(KEYWORD + field, value, Field.Store.NO)));
        doc.numbers().forEach((field, value) -> d.add(new LongPoint(NUMBER + field, value)));
        return d;
    }
}
