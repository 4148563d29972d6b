/** The working-day calendar: holidays, make-up workdays and deadlines in working days. */
package org.sunshine.calendar;
