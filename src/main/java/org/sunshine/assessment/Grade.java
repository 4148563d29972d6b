package org.sunshine.assessment;

/** 优秀 / 良好 / 合格 / 不合格; the label is {@code assessment.grade.<NAME>}. */
public enum Grade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
