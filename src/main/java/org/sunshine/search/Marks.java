package org.sunshine.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into segments at the searched words (pure; the words come from {@link ChineseText#needles}). */
final class Marks {

    private Marks() {
    }

    /** The whole text, the needles' occurrences marked (case ignored, the longest needle first where they overlap). */
    static List<Segment> of(String text, List<String> needles) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marked(text, needles);
        return segments(text, marked, 0, text.length());
    }

    /**
     * About {@code length} characters around the first marked word, with an ellipsis where the text goes on; empty if
     * nothing is marked.
     */
    static List<Segment> snippet(String text, List<String> needles, int length) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marked(text, needles);
        int first = -1;
        for (int i = 0; i < marked.length && first < 0; i++) {
            if (marked[i]) {
                first = i;
            }
        }
        if (first < 0) {
            return List.of();
        }
        int from = Math.max(0, first - length / 4);
        int to = Math.min(text.length(), from + length);
        from = Math.max(0, Math.min(from, to - length));
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("…", false));
        }
        segments.addAll(segments(text, marked, from, to));
        if (to < text.length()) {
            segments.add(new Segment("…", false));
        }
        return segments;
    }

    private static boolean[] marked(String text, List<String> needles) {
        boolean[] marked = new boolean[text.length()];
        for (String needle : needles) {
            if (needle.isEmpty()) {
                continue;
            }
            for (int i = 0; i + needle.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, needle, 0, needle.length())) {
                    for (int j = i; j < i + needle.length(); j++) {
                        marked[j] = true;
                    }
                }
            }
        }
        return marked;
    }

    private static List<Segment> segments(String text, boolean[] marked, int from, int to) {
        List<Segment> segments = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || marked[i] != marked[start]) {
                segments.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }
}
