-- Issue 18 (screens at a million): the dashboard's live figures read index ranges only.
-- "Overdue now": the rectifications on a department's clock (RECTIFYING, RETURNED) by kind, department and deadline,
-- answered from the index alone (a full scan of the table before: 0.1-0.7 s at 50,000 findings a year, twice a page).
CREATE INDEX ix_rectification_open ON rectification (state, subject_kind, department_id, due_on, subject_id);
-- "Findings by where they stand": the findings filed in the period's months, by department, state and key area.
CREATE INDEX ix_finding_filed ON finding (filed_at, department_id, state, key_area_id);
