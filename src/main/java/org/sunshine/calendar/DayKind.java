package org.sunshine.calendar;

/** What a date is on the calendar; the label is {@code calendar.kind.<NAME>}. */
public enum DayKind {
    WORKDAY,
    WEEKEND,
    /** 法定节假日 */
    HOLIDAY,
    /** 调休上班: a weekend day that is worked */
    MAKEUP_WORKDAY;

    public boolean working() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
}
