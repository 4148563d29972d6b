package org.sunshine.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A search of the audit log; {@code null} or blank means any.
 *
 * @param actor      part of the acting user's name
 * @param targetType the kind of record ({@code user}, {@code complaint} …)
 * @param targetId   the record's id or code, exactly
 * @param from       the first day, in the business's zone
 * @param to         the last day, included
 */
public record AuditFilter(@Nullable String actor, @Nullable AuditAction action, @Nullable String targetType,
                          @Nullable String targetId, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    /** The filter in a few words, for the audit entry of an export. */
    String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "actor", actor);
        append(text, "action", action == null ? null : action.name());
        append(text, "type", targetType);
        append(text, "record", targetId);
        append(text, "from", from == null ? null : from.toString());
        append(text, "to", to == null ? null : to.toString());
        return text.isEmpty() ? "all" : text.toString();
    }

    private static void append(StringBuilder text, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value.strip());
        }
    }
}
