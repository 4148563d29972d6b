package org.sunshine.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How Chinese text is cut into words, for the index and for a search. Each text is indexed twice: by the Chinese
 * analyzer (smartcn: 最低|生活|保障), which ranks whole words, and by overlapping pairs of characters (CJK bigrams:
 * 最低|低生|生活|…), which find any run of two or more characters whatever the analyzer made of it (smartcn cuts 低保
 * into 低|保 in one sentence and might not in another). A search needs every part the user typed (parts are separated
 * by spaces), each as a phrase, in any of the record's texts; a match in a title counts more than one in a body, one in
 * a body more than one in a reply, and a whole-word match more than a pairs-only one.
 */
final class ChineseText {

    static final String WORDS = "w.";
    static final String PAIRS = "p.";
    private static final Map<IndexDoc.Weight, Float> BOOSTS = Map.of(IndexDoc.Weight.TITLE, 4f,
            IndexDoc.Weight.BODY, 2f, IndexDoc.Weight.EXTRA, 1f);
    private static final float PAIRS_BOOST = 0.5f;

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer pairs = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer perField;

    ChineseText() {
        java.util.Map<String, Analyzer> fields = new java.util.HashMap<>();
        for (IndexDoc.Weight weight : IndexDoc.Weight.values()) {
            fields.put(WORDS + weight, words);
            fields.put(PAIRS + weight, pairs);
        }
        perField = new PerFieldAnalyzerWrapper(words, fields);
    }

    /** The analyzer of the index's text fields. */
    Analyzer analyzer() {
        return perField;
    }

    /** The parts a search text is made of: split at spaces, at most {@link TextSearch#MAX_TEXT} characters in all. */
    static List<String> parts(String searched) {
        if (searched == null) {
            return List.of();
        }
        String text = searched.strip();
        if (text.length() > TextSearch.MAX_TEXT) {
            text = text.substring(0, TextSearch.MAX_TEXT);
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[\\s\\u3000]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The query of a search text; null when it has no word at all (only punctuation). */
    Query query(String searched) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts(searched)) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int found = 0;
            for (IndexDoc.Weight weight : IndexDoc.Weight.values()) {
                float boost = BOOSTS.get(weight);
                Query word = phrase(WORDS + weight, terms(words, part));
                if (word != null) {
                    any.add(new BoostQuery(word, boost), Occur.SHOULD);
                    found++;
                }
                Query pair = phrase(PAIRS + weight, terms(pairs, part));
                if (pair != null) {
                    any.add(new BoostQuery(pair, boost * PAIRS_BOOST), Occur.SHOULD);
                    found++;
                }
            }
            if (found > 0) {
                all.add(any.build(), Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** Whether a search text has a word to look for. */
    boolean searchable(String searched) {
        for (String part : parts(searched)) {
            if (!terms(words, part).isEmpty() || !terms(pairs, part).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to mark in a text for a search: each part as typed, its character pairs and the analyzer's words of two
     * characters or more (a single character alone would mark half the text), lower-cased, longest first.
     */
    List<String> needles(String searched) {
        Set<String> needles = new LinkedHashSet<>();
        for (String part : parts(searched)) {
            needles.add(part.toLowerCase(Locale.ROOT));
            for (Positioned t : terms(pairs, part)) {
                if (t.term().length() >= 2 || part.length() == 1) {
                    needles.add(t.term());
                }
            }
            for (Positioned t : terms(words, part)) {
                if (t.term().length() >= 2) {
                    needles.add(t.term());
                }
            }
        }
        List<String> sorted = new ArrayList<>(needles);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return sorted;
    }

    private record Positioned(String term, int position) {
    }

    private static List<Positioned> terms(Analyzer analyzer, String text) {
        List<Positioned> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += Math.max(increment.getPositionIncrement(), 1);
                terms.add(new Positioned(term.toString(), position));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Query phrase(String field, List<Positioned> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = terms.get(0).position();
        for (Positioned t : terms) {
            phrase.add(new Term(field, t.term()), t.position() - first);
        }
        return phrase.build();
    }
}
