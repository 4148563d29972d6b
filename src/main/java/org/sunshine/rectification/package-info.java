/**
 * Rectification (整改), written once for every record that asks a department to put something right — a confirmed
 * finding, an item of a bulletin's problem list: the deadline on the working-day calendar, the department's reports
 * with their files, the inspector's verdict (accept, or return with a reason), overdue and repeat marks.
 */
package org.sunshine.rectification;
