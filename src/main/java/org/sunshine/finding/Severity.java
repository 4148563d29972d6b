package org.sunshine.finding;

/** How serious a finding is; the label is {@code finding.severity.<NAME>}. */
public enum Severity {
    /** 一般 */
    MINOR,
    /** 较重 */
    MAJOR,
    /** 严重 */
    SERIOUS
}
