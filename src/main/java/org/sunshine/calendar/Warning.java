package org.sunshine.calendar;

/** 红黄牌: a staff deadline two working days away or less (yellow), or passed (red). */
public enum Warning {
    NONE,
    YELLOW,
    RED
}
