package org.sunshine.bulletin;

/** On a bulletin's lists: 通报表扬 or 通报批评; the label is {@code bulletin.role.<NAME>}. */
public enum DepartmentRole {
    COMMENDED,
    CRITICIZED
}
