/**
 * The complaint screens: the public form and tracking page, the staff queue, a complaint's page, phone and letter
 * entry.
 */
package org.sunshine.complaint.ui;
