package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The small coloured labels of every screen, coloured by what they mean and by nothing else: red is kept for what is
 * overdue or broken, yellow for what is near its deadline, so that an ordinary state never looks like a warning. Each
 * feature maps its states to a {@link Tone}; the colours themselves are Lumo's badge variants and the theme's
 * {@code badge-*} classes (styles.css, "issue 17 (lists)").
 */
public final class Badge {

    /** What a label means; its colour follows. */
    public enum Tone {
        /** grey: not started, or ended without a result (a draft, withdrawn, cancelled, rejected) */
        NEUTRAL("badge contrast", null),
        /** blue: open and moving (submitted, in progress, waiting for the other side) */
        INFO("badge", "badge-info"),
        /** violet: waits for someone's decision, or is flagged for a closer look (an extension asked, a repeat) */
        ATTENTION("badge", "badge-attention"),
        /** green: done well (closed, accepted, published in time) */
        SUCCESS("badge success", null),
        /** yellow: near its deadline */
        WARNING("badge", "badge-yellow"),
        /** red: overdue, late, or broken (a dead link, a broken chain) */
        DANGER("badge error primary", null);

        private final String theme;
        private final String className;

        Tone(String theme, String className) {
            this.theme = theme;
            this.className = className;
        }
    }

    private static final String[] CLASSES = {"badge-info", "badge-attention", "badge-yellow"};

    private Badge() {
    }

    /** A label with this text and tone. */
    public static Span of(String text, Tone tone) {
        return tone(new Span(text), tone);
    }

    /** Gives a component the tone's look, replacing any it had. */
    public static <T extends HasElement> T tone(T component, Tone tone) {
        Element element = component.getElement();
        element.getThemeList().removeAll(List.of("badge", "contrast", "success", "error", "primary", "warning"));
        element.getClassList().removeAll(List.of(CLASSES));
        element.getThemeList().addAll(List.of(tone.theme.split(" ")));
        if (tone.className != null) {
            element.getClassList().add(tone.className);
        }
        element.setAttribute("data-tone", tone.name().toLowerCase(Locale.ROOT));
        return component;
    }

    /**
     * The width of a list's column that holds the widest of these labels whole. A column sized to the rows first
     * shown ({@code setAutoWidth}) would cut the longer labels of rows further down at the grid's edge.
     */
    public static String width(Collection<String> texts) {
        double widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, ems(text));
        }
        // the badge's smaller type and its padding, and the cell's padding
        return String.format(Locale.ROOT, "%.1frem", 0.875 * (widest + 1.0) + 2.0);
    }

    /** The width of a column of state labels: {@code <labelPrefix><NAME>} for each value. */
    public static String width(Component in, String labelPrefix, Enum<?>... values) {
        return width(Arrays.stream(values).map(v -> in.getTranslation(labelPrefix + v.name())).toList());
    }

    /** A text's width in em, roughly: a Chinese character is square, a digit or a Latin letter about half of it. */
    private static double ems(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c == ' ' ? 0.3 : c < 0x2E80 ? (Character.isUpperCase(c) ? 0.68 : 0.56) : 1.0;
        }
        return em;
    }

    /** The tone a component was given, or {@code null}: what tests read instead of colours. */
    public static Tone toneOf(HasElement component) {
        String tone = component.getElement().getAttribute("data-tone");
        return tone == null ? null : Tone.valueOf(tone.toUpperCase(Locale.ROOT));
    }
}
