package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

/**
 * One thing wrong with an import file, to be shown in the reader's language.
 *
 * @param line      the line as a spreadsheet numbers it (the header is line 1); null for the file as a whole
 * @param columnKey the label key of the column ({@code proactive.column.<field>}), or null
 * @param messageKey what is wrong, with {@code args} (which may hold {@link org.sunshine.base.i18n.Text}s)
 */
public record ImportProblem(@Nullable Integer line, @Nullable String columnKey, String messageKey, Object... args) {

    public ImportProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
