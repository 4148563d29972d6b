/** The calendar administration and the public deadline calculator. */
package org.sunshine.calendar.ui;
