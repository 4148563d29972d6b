package org.sunshine.finding;

/** Where a finding came from; the label is {@code finding.source.<NAME>}. */
public enum FindingSource {
    /** 监督意见: filed by a social supervisor */
    SUPERVISOR,
    /** 督查发现: filed by an inspector */
    INSPECTOR,
    /** 回访评议: opened by a low review score */
    REVIEW
}
