package org.sunshine.worknotice;

import java.util.List;

/**
 * One person's digest: per kind of item, how many are overdue (red) and how many near their deadline (yellow).
 * Empty when they have none: then nothing is sent.
 */
record Digest(List<Line> lines) {

    /**
     * @param kindKey the kind's label, {@code worknotice.kind.<name>}
     */
    record Line(String kindKey, long red, long yellow) {
    }

    Digest {
        lines = lines.stream().filter(l -> l.red() > 0 || l.yellow() > 0).toList();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    long red() {
        return lines.stream().mapToLong(Line::red).sum();
    }

    long yellow() {
        return lines.stream().mapToLong(Line::yellow).sum();
    }
}
