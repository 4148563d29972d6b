package org.sunshine.assessment;

/** The lead inspector's answer to an objection; the label is {@code assessment.objection.outcome.<NAME>}. */
public enum ObjectionOutcome {
    /** 维持原结果: the result stands, with the reasons */
    MAINTAINED,
    /** 予以采纳: the objection is upheld and the score concerned ruled on again before the lock */
    UPHELD
}
