package org.sunshine.search.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.ListCell;
import org.sunshine.search.Highlight;
import org.sunshine.search.Segment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A text with the searched words marked, built from segments as components (text nodes and {@code search-mark}
 * spans): what people wrote is never read as markup.
 */
public final class Marked {

    private Marked() {
    }

    /** The segments in one span. */
    public static Span of(List<Segment> segments) {
        Span span = new Span();
        for (Segment segment : segments) {
            if (segment.marked()) {
                Span mark = new Span(segment.text());
                mark.addClassName("search-mark");
                span.add(mark);
            } else {
                span.add(new Text(segment.text()));
            }
        }
        return span;
    }

    /** A piece of a longer text where it matched, on a line of its own under a list's subject. */
    public static Span snippet(List<Segment> segments) {
        Span span = of(segments);
        span.addClassName("search-snippet");
        return span;
    }

    /**
     * A list's main cell for a search hit ({@link ListCell}): the subject with its marks, the matching piece of the
     * longer text under it, then the facts.
     */
    public static Div cell(Highlight highlight, String subject, String... facts) {
        return ListCell.of(of(highlight.title()), subject,
                highlight.snippet().isEmpty() ? null : snippet(highlight.snippet()), facts);
    }

    /** The plain text of the segments. */
    public static String text(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }
}
