package org.sunshine.notification;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule that keeps an SMS within {@link #MAX} characters (one message of a Chinese SMS, 70 UCS-2 characters):
 * the template is filled in, the stop line ({@code notify.sms.stop}, 回T退订) added; while the text is too long, the
 * longest argument is shortened (ending in …), so that short arguments (a query code, a date) stay whole and only
 * a long subject is cut. A template whose fixed words leave no room is cut at the end, and {@code SmsTemplatesTest}
 * fails on it. Pure.
 */
final class SmsText {

    static final int MAX = 70;
    private static final String ELLIPSIS = "…";

    /** The text and the arguments as they were used (the gateway's template parameters). */
    record Fitted(String text, List<String> args) {
    }

    private SmsText() {
    }

    static Fitted fit(String pattern, List<String> args, String stop, Locale locale, int max) {
        List<String> used = new ArrayList<>(args);
        int room = max - length(stop);
        String text = format(pattern, used, locale);
        while (length(text) > room) {
            int longest = longest(used);
            String arg = longest < 0 ? "" : used.get(longest);
            String shorter = cut(arg, Math.max(1, length(arg) - (length(text) - room) - 1)) + ELLIPSIS;
            if (length(shorter) >= length(arg)) {
                // the fixed words alone are too long: no argument left to shorten
                text = cut(text, room - 1) + ELLIPSIS;
                break;
            }
            used.set(longest, shorter);
            text = format(pattern, used, locale);
        }
        return new Fitted(text + stop, List.copyOf(used));
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static int longest(List<String> args) {
        int at = -1;
        for (int i = 0; i < args.size(); i++) {
            if (at < 0 || length(args.get(i)) > length(args.get(at))) {
                at = i;
            }
        }
        return at;
    }

    private static String cut(String text, int codePoints) {
        return codePoints <= 0 ? "" : text.substring(0, text.offsetByCodePoints(0, Math.min(codePoints, length(text))));
    }

    private static String format(String pattern, List<String> args, Locale locale) {
        return new MessageFormat(pattern, locale).format(args.toArray());
    }
}
