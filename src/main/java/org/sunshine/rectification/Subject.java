package org.sunshine.rectification;

/**
 * What a rectification is for: a record of another feature, named by its kind and id (e.g. {@code finding 841}).
 * The kind is the owning machine's name, so that a page can link back to it.
 */
public record Subject(String kind, long id) {

    public static final String FINDING = "finding";
    public static final String PROBLEM = "problem";

    public Subject {
        if (!FINDING.equals(kind) && !PROBLEM.equals(kind)) {
            throw new IllegalArgumentException("Unknown kind of rectification subject: " + kind);
        }
    }

    public static Subject finding(long id) {
        return new Subject(FINDING, id);
    }

    public static Subject problem(long id) {
        return new Subject(PROBLEM, id);
    }
}
