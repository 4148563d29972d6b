/**
 * The staff screens of 主动公开 records: the list ({@code /disclosure/records}), a record's page, its form, and the
 * import from a spreadsheet with its template.
 */
package org.sunshine.proactive.ui;
