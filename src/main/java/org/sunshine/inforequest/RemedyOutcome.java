package org.sunshine.inforequest;

/** A remedy's outcome (table 四): 结果维持, 结果纠正, 其他结果, 尚未审结; the label is {@code inforequest.outcome.<NAME>}. */
public enum RemedyOutcome {
    MAINTAINED, CORRECTED, OTHER, PENDING;
}
