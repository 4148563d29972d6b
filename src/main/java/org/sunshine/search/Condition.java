package org.sunshine.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list's filter as the index reads it: keyword fields ({@link IndexDoc#keyword}) and whole-number fields such as
 * dates ({@link IndexDoc#number}), combined with and, or and not. A feature writes its filter once in these terms, the
 * same conditions as its SQL.
 */
public sealed interface Condition {

    /** The field has one of these values; no values: nothing matches. */
    record Is(String field, Set<String> values) implements Condition {
    }

    /** The number field lies between the bounds, both included; a null bound is open. A document without it never does. */
    record Between(String field, Long from, Long to) implements Condition {
    }

    record All(List<Condition> parts) implements Condition {
    }

    record Any(List<Condition> parts) implements Condition {
    }

    record Not(Condition part) implements Condition {
    }

    static Condition is(String field, Object value) {
        return new Is(field, Set.of(value(value)));
    }

    static Condition in(String field, Collection<?> values) {
        return new Is(field, values.stream().map(Condition::value).collect(Collectors.toUnmodifiableSet()));
    }

    /** A value as {@link IndexDoc#keyword} stores it. */
    static String value(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    static Condition between(String field, Long from, Long to) {
        return new Between(field, from, to);
    }

    /** The number field is there (a date that is set). */
    static Condition present(String field) {
        return new Between(field, null, null);
    }

    static Condition all(List<Condition> parts) {
        return new All(List.copyOf(parts));
    }

    static Condition all(Condition... parts) {
        return new All(List.of(parts));
    }

    static Condition any(Condition... parts) {
        return new Any(List.of(parts));
    }

    static Condition not(Condition part) {
        return new Not(part);
    }
}
