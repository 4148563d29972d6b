-- Issue 18: the staff's lists at a million complaints (docs/performance.md, "Lists at a million (issue 18)"). A list
-- is read newest first by (submitted_at, id), a page after the last one served by a seek on that key, a page far down
-- by walking the ids of an index (the rows are read by id afterwards), and sized by a count that stops at the cap.
-- Each index below holds every column a list filters on, so that none of these reads touches the rows.

-- Every list without a department or a key area (全部, the warning filters): newest first, the filters in the index.
-- It replaces (submitted_at, department_id, key_area_id), whose month counts it still answers alone.
CREATE INDEX ix_complaint_submitted_list ON complaint (submitted_at, id, state, department_id, key_area_id, accept_due,
                                                       handle_due);
DROP INDEX ix_complaint_submitted_area ON complaint;

-- A department's list (a handler's, or a department chosen), newest first.
CREATE INDEX ix_complaint_department_list ON complaint (department_id, submitted_at, id, state, key_area_id,
                                                        accept_due, handle_due);

-- A key area's list, newest first (it also serves the key area's foreign key, whose own index InnoDB then drops).
CREATE INDEX ix_complaint_area_list ON complaint (key_area_id, submitted_at, id, state, department_id, accept_due,
                                                  handle_due);

-- The lists of a few states (the role's to-do, a quick filter, red and yellow): the states' entries with the
-- submission time and key area, sorted in memory (a few thousand at most). The first four columns are unchanged, for
-- "overdue now".
DROP INDEX ix_complaint_state_department ON complaint;
CREATE INDEX ix_complaint_state_department ON complaint (state, department_id, handle_due, accept_due, submitted_at,
                                                         key_area_id);

-- The recovery of a query code looks a complainant's items up by e-mail address (ComplaintsByContact).
CREATE INDEX ix_complaint_email ON complaint (complainant_email);

-- Findings (tens of thousands): newest first for everyone, a department's and a supervisor's own.
CREATE INDEX ix_finding_list ON finding (filed_at, id, department_id, state, key_area_id);
CREATE INDEX ix_finding_department_list ON finding (department_id, filed_at, id, state);
CREATE INDEX ix_finding_filer_list ON finding (filed_by, filed_at, id);
DROP INDEX ix_finding_filed_by ON finding;
