/**
 * The annual reports' screens. For the staff: the year's reports of every organ with their deadlines' marks, and one
 * report — its tables as the national format prints them, its text sections, its steps, history and editions. For the
 * public: the published reports by year and organ ({@code disclosure/annual-reports}) and one report readable on
 * screen with its files, SHA-256 and editions ({@code disclosure/annual-reports/{year}/{organ}});
 * {@link org.sunshine.annualreport.ui.AnnualTables}, the tables as HTML laid out like the printed ones.
 */
package org.sunshine.annualreport.ui;
