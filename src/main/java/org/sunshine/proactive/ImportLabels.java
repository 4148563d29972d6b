package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an import file may write for a column, a category or a channel: the label in either language, or the name
 * ({@code LICENSING}); compared without spaces or case.
 */
@Singleton
class ImportLabels {

    private final Map<String, ImportColumn> columns = new HashMap<>();
    private final Map<String, RecordCategory> categories = new HashMap<>();
    private final Map<String, Channel> channels = new HashMap<>();

    ImportLabels(Messages messages) {
        for (Locale locale : Messages.LOCALES) {
            for (ImportColumn c : ImportColumn.values()) {
                columns.put(ImportColumn.normalise(messages.getTranslation(c.labelKey(), locale)), c);
            }
            for (RecordCategory c : RecordCategory.values()) {
                categories.put(key(messages.getTranslation(c.labelKey(), locale)), c);
            }
            for (Channel c : Channel.values()) {
                channels.put(key(messages.getTranslation(c.labelKey(), locale)), c);
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            columns.putIfAbsent(ImportColumn.normalise(c.field()), c);
        }
        for (RecordCategory c : RecordCategory.values()) {
            categories.put(key(c.name()), c);
        }
        for (Channel c : Channel.values()) {
            channels.put(key(c.name()), c);
        }
    }

    @Nullable
    ImportColumn column(String header) {
        return columns.get(ImportColumn.normalise(header));
    }

    @Nullable
    RecordCategory category(String text) {
        return categories.get(key(text));
    }

    @Nullable
    Channel channel(String text) {
        return channels.get(key(text));
    }

    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
