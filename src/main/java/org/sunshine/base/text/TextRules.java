package org.sunshine.base.text;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Text;

import java.text.Normalizer;

/**
 * What a text field takes. Refused, with a message that names the field, rather than silently changed, so that the
 * person sees what was wrong in what they sent:
 * <ul>
 * <li>control characters: C0 (U+0000–U+001F) but tab, line feed and carriage return in a multi-line field, DEL
 *     (U+007F) and C1 (U+0080–U+009F); a single-line field takes no line break of any kind (also U+2028, U+2029);</li>
 * <li>the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, which make text read
 *     differently from what it is (the marks U+200E, U+200F and U+061C stay allowed);</li>
 * <li>a surrogate without its pair (no database can store it).</li>
 * </ul>
 * What is kept is stripped of surrounding white space and normalised to NFC, and its length counted in characters
 * (Unicode code points, as the database counts them) against the field's maximum.
 */
public final class TextRules {

    /** Whether a field is one line (a subject, a name) or many (a description, a reason). */
    public enum Lines { ONE, MANY }

    private TextRules() {
    }

    /** Stripped and NFC; null is empty. Does not check anything. */
    public static String clean(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return normalised.strip();
    }

    /** Whether every character of the text is allowed in a field of that kind (null is allowed). */
    public static boolean allowed(@Nullable String text, Lines lines) {
        return text == null || firstRefused(text, lines) < 0;
    }

    /** The index of the first character a field of that kind refuses, or -1. */
    static int firstRefused(String text, Lines lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || refused(c, lines)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(char c, Lines lines) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return lines == Lines.ONE;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c == '\u2028' || c == '\u2029') {
            return lines == Lines.ONE;
        }
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Length in characters (code points), as the database counts them. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The field's text, cleaned ({@link #clean}), or a {@link DomainException} on the field: a refused character
     * ({@code input.error.characters} or, in a one-line field, {@code input.error.lineBreak}) or more than
     * {@code max} characters ({@code input.error.tooLong}). The message names the field by its label.
     *
     * @param field    the form record's component, for the screen to mark the field
     * @param labelKey the i18n key of the field's label
     */
    public static String check(String field, String labelKey, @Nullable String value, int max, Lines lines) {
        String text = clean(value);
        int refused = firstRefused(text, lines);
        if (refused >= 0) {
            char c = text.charAt(refused);
            boolean lineBreak = c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
            throw DomainException.on(field, lineBreak ? "input.error.lineBreak" : "input.error.characters", new Text(labelKey));
        }
        int length = length(text);
        if (length > max) {
            throw DomainException.on(field, "input.error.tooLong", new Text(labelKey), max, length);
        }
        return text;
    }

    /** {@link #check} of a one-line field. */
    public static String line(String field, String labelKey, @Nullable String value, int max) {
        return check(field, labelKey, value, max, Lines.ONE);
    }

    /** {@link #check} of a multi-line field. */
    public static String lines(String field, String labelKey, @Nullable String value, int max) {
        return check(field, labelKey, value, max, Lines.MANY);
    }

    /**
     * A text someone sent, made fit to be recorded (an audit entry of a refused sign-in): every refused character
     * replaced by U+FFFD, cut to {@code max} characters with an ellipsis.
     */
    public static String shown(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length() && count < max; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String one = text.substring(i, next);
            out.append(firstRefused(one, Lines.ONE) >= 0 ? "\uFFFD" : one);
            count++;
            i = next;
        }
        if (length(text) > max) {
            int cut = out.offsetByCodePoints(0, Math.max(0, max - 1));
            out.setLength(cut);
            out.append('…');
        }
        return out.toString();
    }
}
