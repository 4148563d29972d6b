package org.sunshine.assessment;

/**
 * Where an annual assessment stands; the label is {@code annual.state.<NAME>}. DRAFT (the results are
 * computed whenever they are read; periods and weights can change) → LOCKED (revision 1 is written; every re-lock
 * writes the next revision). The transitions are in {@link AnnualWorkflow}.
 */
public enum AnnualState {
    /** 草稿: computed live from the periods' locked results and the year's bulletins */
    DRAFT,
    /** 已锁定: the results in force are the latest revision */
    LOCKED
}
