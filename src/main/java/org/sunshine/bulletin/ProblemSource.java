package org.sunshine.bulletin;

/** Where a problem-list item comes from; the label is {@code bulletin.problem.source.<NAME>}. */
public enum ProblemSource {
    /** a confirmed finding on the department's clock ({@code sourceRef}: its id); closed with the finding */
    FINDING,
    /** the period's complaints not replied by their deadline */
    COMPLAINTS,
    /** one of the department's lowest indicators in the locked result */
    INDICATOR,
    /** written by the inspector */
    OTHER
}
