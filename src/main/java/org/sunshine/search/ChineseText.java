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
 * by spaces, a part of one Chinese character is left out), each as a phrase, in any of the record's texts; a match in a
 * title counts more than one in a body, one in a body more than one in a reply, and a whole-word match more than a
 * pairs-only one.
 */
final class ChineseText {

    static final String WORDS = "w.";
    static final String PAIRS = "p.";
    /** Every text of a record in one field, as character pairs: what a search must match (and what it counts). */
    static final String ALL = "all";
    private static final Map<IndexDoc.Weight, Float> BOOSTS = Map.of(IndexDoc.Weight.TITLE, 3f,
            IndexDoc.Weight.BODY, 1.5f, IndexDoc.Weight.EXTRA, 0.5f);

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer pairs = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer perField;

    ChineseText() {
        java.util.Map<String, Analyzer> fields = new java.util.HashMap<>();
        for (IndexDoc.Weight weight : IndexDoc.Weight.values()) {
            fields.put(WORDS + weight, words);
        }
        fields.put(PAIRS + IndexDoc.Weight.TITLE, pairs);
        fields.put(ALL, pairs);
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

    /**
     * The query of a search text, scored; null when it has no word at all (only punctuation). Every part must match as
     * a phrase of pairs in the record's texts together ({@link #ALL}); that phrase leads the search, and only the
     * records it finds are scored: by the same phrase (any text), by the pairs in the title and by the whole words in
     * each text, by the text's weight.
     */
    Query query(String searched) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts(searched)) {
            List<Positioned> partPairs = terms(pairs, part);
            if (!usable(partPairs)) {
                continue;
            }
            Query match = phrase(ALL, partPairs);
            all.add(match, Occur.FILTER);
            all.add(match, Occur.SHOULD);
            all.add(new BoostQuery(phrase(PAIRS + IndexDoc.Weight.TITLE, partPairs), BOOSTS.get(IndexDoc.Weight.TITLE)),
                    Occur.SHOULD);
            List<Positioned> partWords = terms(words, part);
            if (!partWords.isEmpty()) {
                for (IndexDoc.Weight weight : IndexDoc.Weight.values()) {
                    all.add(new BoostQuery(phrase(WORDS + weight, partWords), BOOSTS.get(weight)), Occur.SHOULD);
                }
            }
            clauses++;
        }
        return clauses == 0 ? null : all.build();
    }

    /** The part of {@link #query} that decides what matches, without the scores: for counting. */
    Query match(String searched) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts(searched)) {
            List<Positioned> partPairs = terms(pairs, part);
            Query match = usable(partPairs) ? phrase(ALL, partPairs) : null;
            if (match != null) {
                all.add(match, Occur.FILTER);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** Whether a search text has a word to look for. */
    boolean searchable(String searched) {
        for (String part : parts(searched)) {
            if (usable(terms(pairs, part))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A part is searched if it has a pair of characters or a Latin word or number: one Chinese character alone is left
     * out (it would match most records, and is indexed only where it stands alone).
     */
    private static boolean usable(List<Positioned> partPairs) {
        if (partPairs.isEmpty()) {
            return false;
        }
        if (partPairs.size() > 1) {
            return true;
        }
        String term = partPairs.get(0).term();
        return term.codePointCount(0, term.length()) > 1 || !Character.isIdeographic(term.codePointAt(0));
    }

    /**
     * What to mark in a text for a search: each part as typed (a search matches a part as a whole, so its words alone
     * are not marked elsewhere), lower-cased, longest first.
     */
    List<String> needles(String searched) {
        Set<String> needles = new LinkedHashSet<>();
        for (String part : parts(searched)) {
            if (usable(terms(pairs, part))) {
                needles.add(part.toLowerCase(Locale.ROOT));
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
