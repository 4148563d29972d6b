/**
 * The staff screens of 主动公开: the records' list ({@code /disclosure/records}), a record's page, its form, the import
 * from a spreadsheet with its template; the monitor of cadences and late records with its workbench section; the
 * dead-link checker's list ({@code /disclosure/links}).
 */
package org.sunshine.proactive.ui;
