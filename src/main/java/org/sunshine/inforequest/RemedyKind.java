package org.sunshine.inforequest;

/** A remedy against a reply (table 四): 行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉; the label is {@code inforequest.remedy.<NAME>}. */
public enum RemedyKind {
    REVIEW, SUIT_DIRECT, SUIT_AFTER_REVIEW;
}
