package org.sunshine.supervision;

/** Where a supervisor's term stands on a given day; only {@link #ACTIVE} may sign in and receives tasks. */
public enum SupervisorStatus {
    /** 待任: appointed, the term has not started */
    APPOINTED,
    /** 在任 */
    ACTIVE,
    /** 任期届满 */
    EXPIRED,
    /** 已解聘: ended early by an administrator */
    ENDED
}
