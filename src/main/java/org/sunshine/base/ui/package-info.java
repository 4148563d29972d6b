/**
 * The shared UI kit (forms, filters, charts, dates), the public layout and the extension points the features fill:
 * menu groups, workbench and landing sections, public services.
 */
package org.sunshine.base.ui;
