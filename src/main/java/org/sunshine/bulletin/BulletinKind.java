package org.sunshine.bulletin;

/** 情况通报 (commended and criticized), 通报表扬, 通报批评; the label is {@code bulletin.kind.<NAME>}. */
public enum BulletinKind {
    SITUATION(true, true),
    COMMENDATION(true, false),
    CRITICISM(false, true);

    private final boolean commends;
    private final boolean criticizes;

    BulletinKind(boolean commends, boolean criticizes) {
        this.commends = commends;
        this.criticizes = criticizes;
    }

    public boolean commends() {
        return commends;
    }

    public boolean criticizes() {
        return criticizes;
    }
}
