package org.sunshine.bulletin;

/** A step of a bulletin's life, recorded in its history; the label is {@code bulletin.action.<NAME>}. */
public enum BulletinAction {
    /** 起草 */
    DRAFT,
    /** 提交签发 */
    SUBMIT,
    /** 退回修改, with the leader's comments */
    SEND_BACK,
    /** 签发 */
    SIGN,
    /** 印发: the number is given and the files frozen */
    ISSUE,
    /** 撤销, with a reason */
    REVOKE
}
