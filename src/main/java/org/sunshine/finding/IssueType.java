package org.sunshine.finding;

/** What is wrong with a department's disclosure; the label is {@code finding.issue.<NAME>}. */
public enum IssueType {
    /** 未公开 */
    NOT_DISCLOSED,
    /** 不及时 */
    LATE,
    /** 不完整 */
    INCOMPLETE,
    /** 不规范 */
    NON_STANDARD,
    /** 链接失效 */
    DEAD_LINK,
    /** 其他 */
    OTHER
}
