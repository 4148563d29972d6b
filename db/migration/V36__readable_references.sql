-- Issue 17: readable references (docs/architecture.md, "Readable references"). A finding is 监督意见 JD-2026-0841, an
-- item of an issued bulletin's problem list 问题 WT-2026-0012: a prefix, the year, the kind's number in that year.
-- New ones are taken from document_counter (counter 'ref:JD', 'ref:WT') by org.sunshine.base.numbers.References;
-- here the existing rows are numbered in the order they were made, and the counters set to the last number given.
-- Four digits at least (LPAD alone would cut a fifth one off).

-- Findings: by the year they were filed, in the order they were filed.
ALTER TABLE finding ADD COLUMN reference VARCHAR(20) NOT NULL DEFAULT '' AFTER id;

UPDATE finding f
    JOIN (SELECT id, YEAR(filed_at) AS year_no,
                 ROW_NUMBER() OVER (PARTITION BY YEAR(filed_at) ORDER BY filed_at, id) AS seq
          FROM finding) n ON n.id = f.id
SET f.reference = CONCAT('JD-', n.year_no, '-', IF(n.seq < 10000, LPAD(n.seq, 4, '0'), n.seq));

INSERT INTO document_counter (office, year_no, last_seq)
SELECT 'ref:JD', YEAR(filed_at), COUNT(*) FROM finding GROUP BY YEAR(filed_at);

-- every new finding names its reference: no default hides one that does not
ALTER TABLE finding ALTER COLUMN reference DROP DEFAULT;
ALTER TABLE finding ADD CONSTRAINT uk_finding_reference UNIQUE (reference);

-- Problem-list items: numbered when their bulletin is issued (a draft's lines come and go and have none), by the
-- year of the issue date, bulletin by bulletin in the order of issue, each in the order of its problem list.
ALTER TABLE bulletin_problem ADD COLUMN reference VARCHAR(20) NULL AFTER id;

UPDATE bulletin_problem p
    JOIN (SELECT p2.id, YEAR(b.issue_date) AS year_no,
                 ROW_NUMBER() OVER (PARTITION BY YEAR(b.issue_date)
                                    ORDER BY b.issue_date, b.id, p2.department_id, p2.seq, p2.id) AS seq
          FROM bulletin_problem p2 JOIN bulletin b ON b.id = p2.bulletin_id
          WHERE b.issue_date IS NOT NULL) n ON n.id = p.id
SET p.reference = CONCAT('WT-', n.year_no, '-', IF(n.seq < 10000, LPAD(n.seq, 4, '0'), n.seq));

INSERT INTO document_counter (office, year_no, last_seq)
SELECT 'ref:WT', YEAR(b.issue_date), COUNT(*)
FROM bulletin_problem p JOIN bulletin b ON b.id = p.bulletin_id
WHERE b.issue_date IS NOT NULL
GROUP BY YEAR(b.issue_date);

ALTER TABLE bulletin_problem ADD CONSTRAINT uk_bulletin_problem_reference UNIQUE (reference);

-- A rectification keeps the reference of the record that asked for it, so that a later one on the same topic cites
-- it (重复发生：… 监督意见 JD-2026-0840) without knowing findings or bulletins.
ALTER TABLE rectification ADD COLUMN subject_ref VARCHAR(20) NULL AFTER subject_id;

UPDATE rectification r JOIN finding f ON r.subject_kind = 'finding' AND f.id = r.subject_id
SET r.subject_ref = f.reference;

UPDATE rectification r JOIN bulletin_problem p ON r.subject_kind = 'problem' AND p.id = r.subject_id
SET r.subject_ref = p.reference;

-- The findings' lists read the references too: the finding's own, and those its marks cite.
CREATE OR REPLACE VIEW finding_list AS
SELECT f.id, f.reference, f.department_id, f.issue_type, f.key_area_id, f.responsibility_item_id, f.description,
       f.severity, f.state,
       CASE WHEN f.state = 'RECTIFYING' AND r.state IS NOT NULL THEN r.state ELSE f.state END AS stage,
       f.source, f.filed_by, f.filed_by_name, f.filed_at, f.complaint_id, f.duplicate_of,
       d.reference AS duplicate_reference, f.evidence_url, f.dismiss_reason, r.id AS rectification_id,
       r.state AS rectification_state, r.due_on, e.subject_id AS repeat_of, e.subject_ref AS repeat_reference
FROM finding f
    LEFT JOIN rectification r ON r.subject_kind = 'finding' AND r.subject_id = f.id
    LEFT JOIN rectification e ON e.id = r.repeat_of AND e.subject_kind = 'finding'
    LEFT JOIN finding d ON d.id = f.duplicate_of;
