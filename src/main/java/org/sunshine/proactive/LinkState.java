package org.sunshine.proactive;

/** What the dead-link checker last made of a record's URL; the label is {@code proactive.link.<NAME>}. */
public enum LinkState {
    /** not checked yet, or no URL */
    UNCHECKED,
    OK,
    /** failed at least once since it last answered */
    FAILING,
    /** failed on enough different days: a 链接失效 candidate for the inspector */
    DEAD
}
