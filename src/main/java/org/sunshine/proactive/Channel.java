package org.sunshine.proactive;

/** Where a record was published; the label is {@code proactive.channel.<NAME>}. OTHER names itself in a note. */
public enum Channel {
    /** 政府网站 */
    WEBSITE,
    /** 政务新媒体 */
    NEW_MEDIA,
    /** 政府公报 */
    GAZETTE,
    /** 公开栏 */
    NOTICE_BOARD,
    /** 新闻发布会 */
    PRESS_CONFERENCE,
    /** 其他 */
    OTHER;

    /** Online channels need the address of the page. */
    public boolean needsUrl() {
        return this == WEBSITE || this == NEW_MEDIA;
    }

    public String labelKey() {
        return "proactive.channel." + name();
    }
}
