package org.sunshine.finding;

/**
 * Published, inside the acceptance's transaction, when an inspector has accepted a finding's rectification: what
 * other features (the bulletins' problem lists that copied the finding) need to know. {@code report} is the accepted
 * report with its verdict. A listener that fails rolls the acceptance back.
 */
public record FindingAccepted(long findingId, RectificationReport report) {
}
