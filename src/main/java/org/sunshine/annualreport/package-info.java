/**
 * The annual reports on government information disclosure (政府信息公开工作年度报告, issue 16, DISCLOSURE.md §3): one
 * per organ and year, its tables computed from the data (二 from the disclosure records, 三 and 四 from the
 * applications and remedies), its text sections 一, 五, 六 drafted from the data and edited by the organ, moved on
 * {@code ReportWorkflow}, published as frozen editions (PDF, DOCX, SHA-256), shown to the public and as open data.
 */
package org.sunshine.annualreport;
