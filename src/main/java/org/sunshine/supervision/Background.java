package org.sunshine.supervision;

/** Who a social supervisor is in public life; the label is {@code supervisor.background.<NAME>}. */
public enum Background {
    /** 人大代表 */
    NPC_DEPUTY,
    /** 政协委员 */
    CPPCC_MEMBER,
    /** 专家学者 */
    EXPERT,
    /** 新闻媒体 */
    MEDIA,
    /** 群众代表 */
    CITIZEN,
    /** 其他 */
    OTHER
}
