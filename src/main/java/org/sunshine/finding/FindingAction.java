package org.sunshine.finding;

/** What can happen to a finding; the label is {@code finding.action.<NAME>}. */
public enum FindingAction {
    FILE,
    CONFIRM,
    DISMISS,
    REPORT,
    RETURN,
    ACCEPT,
    DEADLINE_CHANGED
}
