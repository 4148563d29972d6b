package org.sunshine.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record as the index holds it: its kind and id, its texts by weight, and the values its list filters on.
 * Nothing of it is shown: a hit is read again from the database by its id.
 */
public final class IndexDoc {

    /** How much a match in a text counts: a subject's more than the body's, the body's more than a reply's. */
    public enum Weight { TITLE, BODY, EXTRA }

    private final String kind;
    private final long id;
    private final Map<Weight, String> texts = new LinkedHashMap<>();
    private final Map<String, String> keywords = new LinkedHashMap<>();
    private final Map<String, Long> numbers = new LinkedHashMap<>();

    public IndexDoc(String kind, long id) {
        this.kind = Objects.requireNonNull(kind);
        this.id = id;
    }

    /** A text to search; several of one weight are joined. */
    public IndexDoc text(Weight weight, String text) {
        if (text != null && !text.isBlank()) {
            texts.merge(weight, text, (a, b) -> a + "\n" + b);
        }
        return this;
    }

    /** A value to filter on exactly (a state, a department's id); null: the document has none. */
    public IndexDoc keyword(String field, Object value) {
        if (value != null) {
            keywords.put(field, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        }
        return this;
    }

    /** A whole number to filter on by range; null: the document has none. */
    public IndexDoc number(String field, Long value) {
        if (value != null) {
            numbers.put(field, value);
        }
        return this;
    }

    /** A date, as its day number. */
    public IndexDoc date(String field, LocalDate day) {
        return number(field, day == null ? null : day.toEpochDay());
    }

    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    public Map<Weight, String> texts() {
        return texts;
    }

    public Map<String, String> keywords() {
        return keywords;
    }

    public Map<String, Long> numbers() {
        return numbers;
    }
}
