package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * The columns of an import file, in the template's order, each the {@link RecordForm} field it fills. A column is
 * found by its header, in either language ({@code proactive.column.<field>}); a header is compared without spaces,
 * case or a bracketed unit, so 收费金额, 收费金额(元) and 收费金额（元） are one column.
 */
enum ImportColumn {
    TITLE("title", true),
    DOC_NUMBER("docNumber", false),
    CATEGORY("category", true),
    ITEM("itemId", false),
    FORMED_ON("formedOn", true),
    PUBLISHED_ON("publishedOn", true),
    CHANNEL("channel", true),
    CHANNEL_NOTE("channelNote", false),
    URL("url", false),
    ISSUED_ON("issuedOn", false),
    REPEALED_ON("repealedOn", false),
    FEE_AMOUNT("feeAmount", false);

    private final String field;
    private final boolean required;

    ImportColumn(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    /** The {@link RecordForm} component, as {@link RecordChecks} names it in its problems. */
    String field() {
        return field;
    }

    /** A file without the column is refused. */
    boolean required() {
        return required;
    }

    String labelKey() {
        return "proactive.column." + field;
    }

    /** The template's explanation of what the column takes. */
    String ruleKey() {
        return "proactive.template.rule." + field;
    }

    /** The column a problem of {@link RecordChecks} is about, or null for none. */
    @Nullable
    static ImportColumn ofField(@Nullable String field) {
        for (ImportColumn c : values()) {
            if (c.field.equals(field)) {
                return c;
            }
        }
        return null;
    }

    /** The place of the column of a label key among the columns; after them all for none. */
    static int ofLabelKey(@Nullable String labelKey) {
        for (ImportColumn c : values()) {
            if (c.labelKey().equals(labelKey)) {
                return c.ordinal();
            }
        }
        return values().length;
    }

    /** A header as it is compared: no white space, no bracketed unit, lower case, full-width brackets as ASCII. */
    static String normalise(@Nullable String header) {
        if (header == null) {
            return "";
        }
        String h = header.replace('\uFF08', '(').replace('\uFF09', ')').replace("\uFEFF", "");
        h = h.replaceAll("\\s+", "").replaceAll("\\(.*?\\)$", "").replace("*", "");
        return h.toLowerCase(Locale.ROOT);
    }
}
