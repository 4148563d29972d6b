package org.sunshine.proactive;

/** What the inspector turned into a finding: an overdue window of an item, or a late record. */
public enum MissKind {
    /** no record of the item by the lead department in a window (未公开) */
    WINDOW,
    /** a record published after its deadline (不及时) */
    LATE
}
