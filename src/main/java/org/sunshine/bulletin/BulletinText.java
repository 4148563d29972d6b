package org.sunshine.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of a bulletin as the inspector edits it: one paragraph per line. A line that starts with 一、二、… is a
 * heading, one that starts with （一）（二）… a subheading, and a line that is exactly a table marker (【表扬名单】,
 * 【批评名单】, 【问题清单】, in the bundle as {@code bulletin.marker.*}) is where that table goes. Everything else is a
 * paragraph. A table whose marker is missing is not printed; the screen says so.
 */
public final class BulletinText {

    private static final Pattern HEADING = Pattern.compile("^[\\u4e00\\u4e8c\\u4e09\\u56db\\u4e94\\u516d\\u4e03\\u516b\\u4e5d\\u5341]+\\u3001.*");
    private static final Pattern SUBHEADING = Pattern.compile("^\\uff08[\\u4e00\\u4e8c\\u4e09\\u56db\\u4e94\\u516d\\u4e03\\u516b\\u4e5d\\u5341]+\\uff09.*");

    /** The markers of the three tables, in the bulletin's language. */
    public record Markers(String commended, String criticized, String problems) {

        BulletinDocument.Kind kindOf(String line) {
            if (line.equals(commended)) {
                return BulletinDocument.Kind.COMMENDED;
            }
            if (line.equals(criticized)) {
                return BulletinDocument.Kind.CRITICIZED;
            }
            return line.equals(problems) ? BulletinDocument.Kind.PROBLEMS : null;
        }
    }

    /** A line of the body, classified. */
    public record Line(BulletinDocument.Kind kind, String text) {
    }

    private BulletinText() {
    }

    public static List<Line> lines(String body, Markers markers) {
        List<Line> lines = new ArrayList<>();
        for (String raw : body.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            BulletinDocument.Kind table = markers.kindOf(line);
            if (table != null) {
                lines.add(new Line(table, ""));
            } else if (HEADING.matcher(line).matches()) {
                lines.add(new Line(BulletinDocument.Kind.HEADING, line));
            } else if (SUBHEADING.matcher(line).matches()) {
                lines.add(new Line(BulletinDocument.Kind.SUBHEADING, line));
            } else {
                lines.add(new Line(BulletinDocument.Kind.PARAGRAPH, line));
            }
        }
        return lines;
    }

    /** Whether the body places a table. */
    public static boolean places(String body, Markers markers, BulletinDocument.Kind table) {
        return lines(body, markers).stream().anyMatch(l -> l.kind() == table);
    }
}
