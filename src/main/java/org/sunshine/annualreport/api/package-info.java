/**
 * The annual reports as open data ({@code /api/open/v1/annual-reports}): the index, each report's tables as JSON
 * and CSV, its PDF and DOCX as published; published editions only.
 */
package org.sunshine.annualreport.api;
