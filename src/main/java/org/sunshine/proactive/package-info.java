/**
 * 主动公开: the records of what each department published (issue 16, DISCLOSURE.md §4), each against the working-day
 * clock from the day the information was formed or changed ({@link org.sunshine.proactive.RecordClock}), entered one
 * by one or imported from a spreadsheet; the cadence of the responsibility table's items; the dead-link checker.
 */
package org.sunshine.proactive;
