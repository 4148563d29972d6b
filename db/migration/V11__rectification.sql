-- Rectification (整改) once, for findings and bulletins' problem-list items alike (docs/architecture.md,
-- "Rectification"): a rectification row per confirmed finding and per item of an issued bulletin, its reports and
-- their files, its steps in workflow_event. The findings' and the problem lists' own copies of the clock, the reports
-- and the files are moved in and dropped; the findings' and bulletins' histories move into workflow_event.

CREATE TABLE rectification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    subject_kind   VARCHAR(16)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    department_id  BIGINT        NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    started_on     DATE          NOT NULL,
    days           INT           NOT NULL,
    returned_on    DATE          NULL,
    due_on         DATE          NOT NULL,
    topic          VARCHAR(40)   NULL,
    repeat_of      BIGINT        NULL,
    closed_at      DATETIME      NULL,
    created_at     DATETIME      NOT NULL,
    updated_at     DATETIME      NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_rectification_subject UNIQUE (subject_kind, subject_id),
    KEY ix_rectification_state_due (state, due_on),
    KEY ix_rectification_department_state (department_id, state),
    KEY ix_rectification_topic (department_id, topic, started_on),
    CONSTRAINT fk_rectification_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_rectification_repeat FOREIGN KEY (repeat_of) REFERENCES rectification (id),
    CONSTRAINT ck_rectification_days CHECK (days BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Confirmed findings. Their number of days was the setting sunshine.findings.rectify-days (15 by default), which
-- the old rows did not keep: 15 is written, and due_on keeps the deadline they had.
INSERT INTO rectification (subject_kind, subject_id, department_id, state, started_on, days, returned_on, due_on,
                           topic, closed_at, created_at, updated_at)
SELECT 'finding', f.id, f.department_id, CASE f.state WHEN 'CLOSED' THEN 'ACCEPTED' ELSE f.state END,
       f.confirmed_on, 15, f.returned_on, f.rectify_due,
       CASE WHEN f.responsibility_item_id IS NULL THEN NULL ELSE CONCAT('item:', f.responsibility_item_id) END,
       f.closed_at, f.updated_at, f.updated_at
FROM finding f WHERE f.state IN ('RECTIFYING', 'REPORTED', 'RETURNED', 'CLOSED') AND f.confirmed_on IS NOT NULL
ORDER BY f.id;

UPDATE rectification r
    JOIN finding f ON r.subject_kind = 'finding' AND f.id = r.subject_id
    JOIN rectification e ON e.subject_kind = 'finding' AND e.subject_id = f.repeat_of
SET r.repeat_of = e.id;

-- Items of issued (or revoked) bulletins; a revoked bulletin's open items are withdrawn with it.
INSERT INTO rectification (subject_kind, subject_id, department_id, state, started_on, days, returned_on, due_on,
                           closed_at, created_at, updated_at)
SELECT 'problem', p.id, p.department_id,
       CASE WHEN b.state = 'REVOKED' AND p.state <> 'ACCEPTED' THEN 'CANCELLED' ELSE p.state END,
       p.rectify_start, p.rectify_days, p.returned_on, p.rectify_due,
       CASE WHEN b.state = 'REVOKED' AND p.state <> 'ACCEPTED' THEN b.revoked_at ELSE p.closed_at END,
       p.updated_at, p.updated_at
FROM bulletin_problem p JOIN bulletin b ON b.id = p.bulletin_id
WHERE p.state <> 'PLANNED' AND p.rectify_start IS NOT NULL AND p.rectify_due IS NOT NULL
ORDER BY p.id;

-- Reports: the findings' keep their ids (their files point at them); the problem lists' are added after them.
ALTER TABLE rectification_report MODIFY finding_id BIGINT NULL;
ALTER TABLE rectification_report ADD COLUMN rectification_id BIGINT NULL AFTER id;
ALTER TABLE rectification_report ADD COLUMN legacy_problem_report_id BIGINT NULL;
UPDATE rectification_report x
    JOIN rectification r ON r.subject_kind = 'finding' AND r.subject_id = x.finding_id
SET x.rectification_id = r.id;
INSERT INTO rectification_report (rectification_id, finding_id, text, submitted_by, submitted_by_name, submitted_at,
                                  on_time, verdict, verdict_note, verdict_by_name, verdict_at, legacy_problem_report_id)
SELECT r.id, NULL, x.text, x.submitted_by, x.submitted_by_name, x.submitted_at, x.on_time, x.verdict, x.verdict_note,
       x.verdict_by_name, x.verdict_at, x.id
FROM bulletin_report x JOIN rectification r ON r.subject_kind = 'problem' AND r.subject_id = x.problem_id
ORDER BY x.id;

CREATE TABLE rectification_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    report_id     BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    created_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rectification_file_report (report_id),
    CONSTRAINT fk_rectification_file_report FOREIGN KEY (report_id) REFERENCES rectification_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rectification_file (report_id, file_name, content_type, size_bytes, sha256, content, created_at)
SELECT a.report_id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.content, a.created_at
FROM finding_attachment a WHERE a.report_id IS NOT NULL ORDER BY a.id;
INSERT INTO rectification_file (report_id, file_name, content_type, size_bytes, sha256, content, created_at)
SELECT x.id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.content, a.created_at
FROM bulletin_attachment a JOIN rectification_report x ON x.legacy_problem_report_id = a.report_id ORDER BY a.id;
DELETE FROM finding_attachment WHERE report_id IS NOT NULL;

-- History. A finding keeps its own steps (filed, confirmed, dismissed) and is closed by the platform when its
-- rectification is accepted; the rectification's steps (opened, reported, returned, accepted, deadline moved) become
-- the rectification's.
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'finding', e.finding_id, e.occurred_at, e.action,
       CASE WHEN e.from_state IN ('REPORTED', 'RETURNED') THEN 'RECTIFYING' ELSE e.from_state END,
       CASE WHEN e.to_state IN ('REPORTED', 'RETURNED') THEN 'RECTIFYING' ELSE e.to_state END,
       e.actor_kind, e.actor_id, e.actor_name, f.department_id, e.note
FROM finding_event e JOIN finding f ON f.id = e.finding_id
WHERE e.action IN ('FILE', 'CONFIRM', 'DISMISS') ORDER BY e.id;

INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'rectification', r.id, e.occurred_at, 'OPEN', NULL, 'RECTIFYING', e.actor_kind, e.actor_id, e.actor_name,
       r.department_id, ''
FROM finding_event e JOIN rectification r ON r.subject_kind = 'finding' AND r.subject_id = e.finding_id
WHERE e.action = 'CONFIRM' ORDER BY e.id;

INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'rectification', r.id, e.occurred_at, e.action,
       CASE e.from_state WHEN 'CLOSED' THEN 'ACCEPTED' ELSE e.from_state END,
       CASE e.to_state WHEN 'CLOSED' THEN 'ACCEPTED' ELSE e.to_state END,
       e.actor_kind, e.actor_id, e.actor_name, r.department_id, e.note
FROM finding_event e JOIN rectification r ON r.subject_kind = 'finding' AND r.subject_id = e.finding_id
WHERE e.action IN ('REPORT', 'RETURN', 'ACCEPT', 'DEADLINE_CHANGED') ORDER BY e.id;

INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'finding', e.finding_id, e.occurred_at, 'CLOSE', 'RECTIFYING', 'CLOSED', 'SYSTEM', NULL, '', f.department_id, ''
FROM finding_event e JOIN finding f ON f.id = e.finding_id
WHERE e.action = 'ACCEPT' ORDER BY e.id;

-- Bulletins kept no actor: an inspector drafts, submits and issues; a leader sends back, signs and revokes.
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            note)
SELECT 'bulletin', bulletin_id, occurred_at, action, from_state, to_state,
       CASE WHEN action IN ('SEND_BACK', 'SIGN', 'REVOKE') THEN 'LEADER' ELSE 'INSPECTOR' END,
       actor_id, actor_name, note
FROM bulletin_event ORDER BY id;

-- The problem lists' items kept no history: it is rebuilt from the issue, the reports and their verdicts.
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'rectification', r.id, COALESCE(b.issued_at, r.created_at), 'OPEN', NULL, 'RECTIFYING', 'INSPECTOR', NULL,
       COALESCE(b.issued_by_name, ''), r.department_id, CONCAT('→ ', r.due_on)
FROM rectification r JOIN bulletin_problem p ON r.subject_kind = 'problem' AND p.id = r.subject_id
    JOIN bulletin b ON b.id = p.bulletin_id
ORDER BY r.id;
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'rectification', x.rectification_id, x.submitted_at, 'REPORT', 'RECTIFYING', 'REPORTED', 'HANDLER',
       x.submitted_by, x.submitted_by_name, r.department_id, ''
FROM rectification_report x JOIN rectification r ON r.id = x.rectification_id
WHERE x.legacy_problem_report_id IS NOT NULL ORDER BY x.id;
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'rectification', x.rectification_id, x.verdict_at,
       CASE x.verdict WHEN 'ACCEPTED' THEN 'ACCEPT' ELSE 'RETURN' END, 'REPORTED', x.verdict, 'INSPECTOR', NULL,
       COALESCE(x.verdict_by_name, ''), r.department_id, COALESCE(x.verdict_note, '')
FROM rectification_report x JOIN rectification r ON r.id = x.rectification_id
WHERE x.legacy_problem_report_id IS NOT NULL AND x.verdict IS NOT NULL AND x.verdict_at IS NOT NULL ORDER BY x.id;
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name,
                            department_id, note)
SELECT 'rectification', r.id, r.closed_at, 'CANCEL', 'RECTIFYING', 'CANCELLED', 'SYSTEM', NULL, '', r.department_id,
       COALESCE(b.revoke_reason, '')
FROM rectification r JOIN bulletin_problem p ON r.subject_kind = 'problem' AND p.id = r.subject_id
    JOIN bulletin b ON b.id = p.bulletin_id
WHERE r.state = 'CANCELLED' AND r.closed_at IS NOT NULL ORDER BY r.id;

-- What moved out is dropped.
DROP TABLE finding_event;
DROP TABLE bulletin_event;
DROP TABLE bulletin_attachment;
DROP TABLE bulletin_report;

ALTER TABLE rectification_report DROP FOREIGN KEY fk_rectification_report_finding;
ALTER TABLE rectification_report DROP INDEX ix_rectification_report_finding;
ALTER TABLE rectification_report DROP COLUMN finding_id;
ALTER TABLE rectification_report DROP COLUMN legacy_problem_report_id;
ALTER TABLE rectification_report MODIFY rectification_id BIGINT NOT NULL;
ALTER TABLE rectification_report ADD KEY ix_rectification_report_rectification (rectification_id, id);
ALTER TABLE rectification_report
    ADD CONSTRAINT fk_rectification_report_rectification FOREIGN KEY (rectification_id) REFERENCES rectification (id);

ALTER TABLE finding_attachment DROP FOREIGN KEY fk_finding_attachment_report;
ALTER TABLE finding_attachment DROP COLUMN report_id;

UPDATE finding SET state = 'RECTIFYING' WHERE state IN ('REPORTED', 'RETURNED');
ALTER TABLE finding DROP FOREIGN KEY fk_finding_repeat;
ALTER TABLE finding DROP COLUMN repeat_of;
ALTER TABLE finding DROP COLUMN confirmed_on;
ALTER TABLE finding DROP COLUMN returned_on;
ALTER TABLE finding DROP COLUMN rectify_due;

ALTER TABLE bulletin_problem DROP COLUMN state;
ALTER TABLE bulletin_problem DROP COLUMN rectify_start;
ALTER TABLE bulletin_problem DROP COLUMN returned_on;
ALTER TABLE bulletin_problem DROP COLUMN rectify_due;
ALTER TABLE bulletin_problem DROP COLUMN closed_at;

-- What the findings' lists read: each finding with its rectification's state, deadline and repeat mark.
CREATE VIEW finding_list AS
SELECT f.id, f.department_id, f.issue_type, f.key_area_id, f.responsibility_item_id, f.description, f.severity,
       f.state, CASE WHEN f.state = 'RECTIFYING' AND r.state IS NOT NULL THEN r.state ELSE f.state END AS stage,
       f.source, f.filed_by, f.filed_by_name, f.filed_at, f.complaint_id, f.duplicate_of, f.evidence_url,
       f.dismiss_reason, r.id AS rectification_id, r.state AS rectification_state, r.due_on, e.subject_id AS repeat_of
FROM finding f
    LEFT JOIN rectification r ON r.subject_kind = 'finding' AND r.subject_id = f.id
    LEFT JOIN rectification e ON e.id = r.repeat_of AND e.subject_kind = 'finding';
