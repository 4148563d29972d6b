package org.sunshine.complaint;

/** The complainant's rating of a reply; the label is {@code complaint.rating.<NAME>}. */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED,
    /** the rating window ended without a rating: never counted as satisfied */
    NOT_RATED
}
