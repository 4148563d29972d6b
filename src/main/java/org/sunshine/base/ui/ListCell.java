package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The main cell of a list's row: the whole subject, wrapping onto further lines rather than cut to "关于20…", and under
 * it a smaller line of facts (type · area · date …); the full text on hover too. Its column takes the room the other
 * columns leave ({@code setFlexGrow(1)} with a modest {@code setWidth}).
 */
public final class ListCell {

    private ListCell() {
    }

    /** The subject as text, and the facts (blank ones left out) joined by " · ". */
    public static Div of(String subject, String... facts) {
        return of(new Span(subject == null ? "" : subject), facts);
    }

    /** The subject as a component (a link), and the facts. */
    public static <C extends Component & HasText & HasStyle> Div of(C subject, String... facts) {
        return of(subject, subject.getText(), null, facts);
    }

    /**
     * The subject as a component made of parts (a search's marked words; {@code text} is its plain text, for the
     * hover), a line under it (where a longer text matched the search; null: none) and the facts.
     */
    public static <C extends Component & HasStyle> Div of(C subject, String text, Component under, String... facts) {
        subject.addClassName("list-cell-main");
        Div cell = new Div(subject);
        cell.addClassName("list-cell");
        if (under != null) {
            cell.add(under);
        }
        String line = Arrays.stream(facts).filter(Objects::nonNull).filter(f -> !f.isBlank())
                .collect(Collectors.joining(" · "));
        String title = text;
        if (!line.isEmpty()) {
            Span sub = new Span(line);
            sub.addClassName("list-cell-sub");
            cell.add(sub);
            title += "\n" + line;
        }
        cell.getElement().setAttribute("title", title);
        return cell;
    }
}
