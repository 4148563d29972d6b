package org.sunshine.supervision;

/**
 * Where a supervisor's term stands; only {@link #ACTIVE} may sign in and receive tasks. The label is
 * {@code supervisor.state.<NAME>}.
 */
public enum SupervisorState {
    /** 待履职: appointed, the term has not started */
    APPOINTED,
    /** 在聘 */
    ACTIVE,
    /** 聘期届满 */
    EXPIRED,
    /** 已解聘: ended early by an administrator */
    ENDED
}
