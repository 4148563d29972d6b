-- Issue 16 (the annual report's workflow, docs/annual-report.md): a correction of a published report reopens it as a
-- draft carrying its reason; publishing it again makes the next edition with that reason, and the earlier editions
-- stay.

ALTER TABLE annual_report ADD COLUMN correction_reason VARCHAR(500) NULL;

-- The annual report's tables 三 (inforequest.RequestYearFigures) read a year's applications of every organ at once,
-- grouped by organ, applicant and result: an index holding every column they read, so that they scan it rather
-- than the applications' rows (measured in docs/performance.md).
CREATE INDEX ix_info_request_year_figures ON info_request (closed_at, received_on, arrived_on, department_id,
    to_government, applicant_kind, org_type, result);

-- Table 二 (proactive.RecordYearFigures) reads a year's records of table 二's categories of every department at once:
-- the same, from an index holding every column it reads.
CREATE INDEX ix_disclosure_record_year_figures ON disclosure_record (category, formed_on, issued_on, repealed_on,
    department_id, fee_amount);
