package org.sunshine.finding;

/** What can happen to a finding; the label is {@code finding.action.<NAME>}. Its rectification has steps of its own. */
public enum FindingAction {
    /** 提出 */
    FILE,
    /** 确认问题: the rectification starts */
    CONFIRM,
    /** 不予确认, with a reason */
    DISMISS,
    /** 办结: its rectification was accepted */
    CLOSE
}
