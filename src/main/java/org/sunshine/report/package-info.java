/** The JasperReports engine: templates compiled at build time, filled from records, exported as PDF, XLSX or DOCX. */
package org.sunshine.report;
