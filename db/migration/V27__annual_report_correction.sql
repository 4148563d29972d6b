-- Issue 16 (the annual report's workflow, docs/annual-report.md): a correction of a published report reopens it as a
-- draft carrying its reason; publishing it again makes the next edition with that reason, and the earlier editions
-- stay.

ALTER TABLE annual_report ADD COLUMN correction_reason VARCHAR(500) NULL;
