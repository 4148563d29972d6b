package org.sunshine.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How Chinese text is cut for the index and a search, and how the searched words are marked (no container). */
class ChineseTextTest {

    private final ChineseText text = new ChineseText();

    /** Whether a search finds the text when it is a record's body. */
    private boolean finds(String searched, String body) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(text.analyzer()))) {
            Document d = new Document();
            d.add(new TextField(ChineseText.WORDS + IndexDoc.Weight.BODY, body, Field.Store.NO));
            d.add(new TextField(ChineseText.PAIRS + IndexDoc.Weight.BODY, body, Field.Store.NO));
            d.add(new TextField(ChineseText.ALL, body, Field.Store.NO));
            writer.addDocument(d);
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Query query = text.query(searched);
            return query != null && new IndexSearcher(reader).count(query) == 1;
        }
    }

    @Test
    void wordsAreFoundWhereverTheAnalyzerCutThem() throws IOException {
        String body = "我所在的东城街道幸福社区今年的低保对象名单没有在社区公示栏和政府网站公示，请依法及时公开。";
        assertThat(finds("公开", body)).isTrue();
        assertThat(finds("低保", body)).as("smartcn cuts 低|保 here; the pairs find it").isTrue();
        assertThat(finds("幸福社区", body)).isTrue();
        assertThat(finds("低保 公示栏", body)).as("every part typed, anywhere").isTrue();
        assertThat(finds("低保 医保", body)).as("a part that is not there").isFalse();
        assertThat(finds("保对象名", body)).as("any run of characters, not only whole words").isTrue();
        assertThat(finds("公示政府", body)).as("a phrase, not scattered characters").isFalse();
    }

    @Test
    void aPhraseOfSeveralWordsIsFoundAsAPhrase() throws IOException {
        assertThat(finds("最低生活保障", "请公开2026年度城乡最低生活保障资金发放明细")).isTrue();
        assertThat(finds("最低生活保障", "生活最低，保障不足")).isFalse();
        assertThat(finds("JD-2026-0841", "问题已并入 JD-2026-0841 一并整改")).isTrue();
    }

    @Test
    void onlySpacesOrPunctuationAreNoSearch() {
        assertThat(text.searchable("  ")).isFalse();
        assertThat(text.searchable("，。！%%")).isFalse();
        assertThat(text.query("，。")).isNull();
        assertThat(text.searchable("低保")).isTrue();
        assertThat(text.searchable("低")).as("one character alone is no search").isFalse();
        assertThat(text.searchable("A4")).isTrue();
    }

    @Test
    void theSearchedWordsAreMarkedAsSegments() {
        List<Segment> marked = Marks.of("社区低保名单没有公示", text.needles("低保 公示"));
        assertThat(marked).containsExactly(new Segment("社区", false), new Segment("低保", true),
                new Segment("名单没有", false), new Segment("公示", true));
        assertThat(Marks.of("<b>低保</b>", text.needles("低保")))
                .as("markup in a text stays text").containsExactly(new Segment("<b>", false), new Segment("低保", true),
                        new Segment("</b>", false));
        assertThat(Marks.of("Open DATA now", text.needles("data"))).as("case ignored")
                .contains(new Segment("DATA", true));
    }

    @Test
    void aSnippetIsThePieceAroundTheFirstMatch() {
        String content = "本市".repeat(40) + "养老服务补贴发放名单" + "公开".repeat(40);
        List<Segment> snippet = Marks.snippet(content, text.needles("补贴"), 30);
        assertThat(snippet.get(0)).isEqualTo(new Segment("…", false));
        assertThat(snippet.get(snippet.size() - 1)).isEqualTo(new Segment("…", false));
        assertThat(snippet).contains(new Segment("补贴", true));
        assertThat(snippet.stream().mapToInt(s -> s.text().length()).sum()).isLessThanOrEqualTo(32);
        assertThat(Marks.snippet(content, text.needles("医保"), 30)).as("nothing matched: no snippet").isEmpty();
    }
}
