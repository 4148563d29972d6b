package org.sunshine.supervision;

/** What happens to a supervisor's term; the label is {@code supervisor.action.<NAME>}. */
public enum SupervisorAction {
    /** 聘任: the administrator puts them on the roster (the record's first step) */
    APPOINT,
    /** 修改: the administrator changes the details, the term or the scope; the state stays */
    CHANGE,
    /**
     * 重新聘任: the administrator gives a term that has not started yet to a supervisor whose term ran out or was
     * under way (a new term, or a start moved later); the platform starts it on its first day
     */
    REAPPOINT,
    /** 开始履职: the platform, on the first day of the term */
    START,
    /** 解聘: the administrator ends the term early, with a reason */
    DISMISS,
    /** 聘期届满: the platform, on the day after the last day of the term */
    EXPIRE
}
