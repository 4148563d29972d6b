/** Supervision screens: the roster, the reviews, and supervision's parts of shared pages. */
package org.sunshine.supervision.ui;
