/**
 * The annual reports' screens. For the public: the published reports by year and organ
 * ({@code disclosure/annual-reports}) and one report readable on screen with its files, SHA-256 and editions
 * ({@code disclosure/annual-reports/{year}/{organ}}); {@link org.sunshine.annualreport.ui.AnnualTables}, the tables
 * as HTML laid out like the printed ones.
 */
package org.sunshine.annualreport.ui;
