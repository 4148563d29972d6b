package org.sunshine.finding;

/** Who acts on a finding; the label is {@code finding.actor.<NAME>}. */
public enum FindingActor {
    SUPERVISOR,
    INSPECTOR,
    HANDLER,
    SYSTEM
}
