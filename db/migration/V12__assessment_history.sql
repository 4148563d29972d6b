-- Periods and annual assessments on the shared history (docs/architecture.md, "Workflows"): until now their steps
-- were kept only in the audit log. Each step logged there becomes a row of workflow_event, with the machine's own
-- names and the notes the application now writes, so that a period or an annual assessment made before this
-- migration shows the same history as one made after it. The audit log is left as it is (it is the security record).
-- Records that already have a history are left alone. Notes are in Chinese, as the application writes them.

-- Periods: creation, assignments, rulings, publication, the departments' answers, the lead inspector's answers,
-- the lock and corrections. A ruling was made while scoring or, on an objection upheld, once published.
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id,
                            actor_name, department_id, note)
SELECT 'period', p.id, a.occurred_at,
       CASE a.action
           WHEN 'PERIOD_CREATED' THEN 'CREATE'
           WHEN 'PERIOD_ASSIGNED' THEN 'ASSIGN'
           WHEN 'SCORE_RESOLVED' THEN 'RULE'
           WHEN 'PERIOD_PUBLISHED' THEN 'PUBLISH'
           WHEN 'RESULT_ACCEPTED' THEN 'ACCEPT'
           WHEN 'OBJECTION_FILED' THEN 'OBJECT'
           WHEN 'OBJECTION_ANSWERED' THEN 'ANSWER'
           WHEN 'PERIOD_LOCKED' THEN 'LOCK'
           ELSE 'CORRECT' END,
       CASE a.action
           WHEN 'PERIOD_CREATED' THEN NULL
           WHEN 'PERIOD_ASSIGNED' THEN 'SCORING'
           WHEN 'PERIOD_PUBLISHED' THEN 'SCORING'
           WHEN 'PERIOD_CORRECTED' THEN 'LOCKED'
           WHEN 'SCORE_RESOLVED' THEN
               CASE WHEN EXISTS (SELECT 1 FROM audit_log b
                                 WHERE b.target_type = 'assessment_period' AND b.target_id = a.target_id
                                   AND b.action = 'PERIOD_PUBLISHED' AND b.id < a.id)
                    THEN 'PUBLISHED' ELSE 'SCORING' END
           ELSE 'PUBLISHED' END,
       CASE a.action
           WHEN 'PERIOD_CREATED' THEN 'SCORING'
           WHEN 'PERIOD_ASSIGNED' THEN 'SCORING'
           WHEN 'PERIOD_LOCKED' THEN 'LOCKED'
           WHEN 'PERIOD_CORRECTED' THEN 'LOCKED'
           WHEN 'SCORE_RESOLVED' THEN
               CASE WHEN EXISTS (SELECT 1 FROM audit_log b
                                 WHERE b.target_type = 'assessment_period' AND b.target_id = a.target_id
                                   AND b.action = 'PERIOD_PUBLISHED' AND b.id < a.id)
                    THEN 'PUBLISHED' ELSE 'SCORING' END
           ELSE 'PUBLISHED' END,
       CASE WHEN a.actor_id IS NULL THEN 'SYSTEM'
            WHEN a.action IN ('RESULT_ACCEPTED', 'OBJECTION_FILED') THEN 'HANDLER'
            ELSE 'INSPECTOR' END,
       u.id, COALESCE(u.display_name, ''),
       -- the department a step concerns: the audit detail starts with its name ("市教育局: …", "市教育局 / …")
       CASE WHEN a.action IN ('PERIOD_ASSIGNED', 'SCORE_RESOLVED', 'RESULT_ACCEPTED', 'OBJECTION_FILED',
                              'OBJECTION_ANSWERED') THEN
                (SELECT MIN(d.id) FROM department d
                 WHERE d.name = a.detail OR LEFT(a.detail, CHAR_LENGTH(d.name) + 2) = CONCAT(d.name, ': ')
                    OR LEFT(a.detail, CHAR_LENGTH(d.name) + 3) = CONCAT(d.name, ' / '))
       END,
       LEFT(CASE a.action
           WHEN 'PERIOD_ASSIGNED' THEN
               CASE WHEN LEFT(a.detail, 3) = '*: ' THEN CONCAT('全部部门：', SUBSTRING(a.detail, 4))
                    ELSE CONCAT(SUBSTRING_INDEX(a.detail, ': ', 1), '：',
                                SUBSTRING(a.detail, CHAR_LENGTH(SUBSTRING_INDEX(a.detail, ': ', 1)) + 3)) END
           WHEN 'SCORE_RESOLVED' THEN
               CONCAT(SUBSTRING_INDEX(a.detail, ': ', 1), '：',
                      SUBSTRING(a.detail, CHAR_LENGTH(SUBSTRING_INDEX(a.detail, ': ', 1)) + 3))
           WHEN 'PERIOD_PUBLISHED' THEN CONCAT('异议期至 ', p.objection_due)
           WHEN 'RESULT_ACCEPTED' THEN a.detail
           WHEN 'OBJECTION_FILED' THEN
               COALESCE((SELECT CONCAT(d.name, '：', o.text) FROM objection o
                         JOIN department d ON d.id = o.department_id
                         WHERE o.period_id = p.id AND d.name = a.detail), a.detail)
           WHEN 'OBJECTION_ANSWERED' THEN
               COALESCE((SELECT CONCAT(d.name, '：', CASE o.outcome WHEN 'UPHELD' THEN '予以采纳' ELSE '维持原结果' END,
                                       '。', o.answer) FROM objection o
                         JOIN department d ON d.id = o.department_id
                         WHERE o.period_id = p.id AND a.detail = CONCAT(d.name, ': ', o.outcome)), a.detail)
           -- the n-th correction made revision n + 1
           WHEN 'PERIOD_CORRECTED' THEN
               COALESCE((SELECT CONCAT('第 ', r.revision_no, ' 版：', d.name, ' / ', i.name, ' 由 ',
                                       COALESCE(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(r.old_value AS CHAR))), '-'),
                                       ' 更正为 ',
                                       TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(r.new_value AS CHAR))),
                                       '。', r.reason)
                         FROM result_revision r
                         JOIN department d ON d.id = r.department_id
                         JOIN indicator i ON i.id = r.indicator_id
                         WHERE r.period_id = p.id
                           AND r.revision_no = 1 + (SELECT COUNT(*) FROM audit_log c
                                                    WHERE c.target_type = 'assessment_period'
                                                      AND c.target_id = a.target_id
                                                      AND c.action = 'PERIOD_CORRECTED' AND c.id <= a.id)), a.detail)
           ELSE '' END, 2000)
FROM assessment_period p
JOIN audit_log a ON a.target_type = 'assessment_period' AND a.target_id = CONCAT('', p.id)
LEFT JOIN app_user u ON u.id = a.actor_id
WHERE a.action IN ('PERIOD_CREATED', 'PERIOD_ASSIGNED', 'SCORE_RESOLVED', 'PERIOD_PUBLISHED', 'RESULT_ACCEPTED',
                   'OBJECTION_FILED', 'OBJECTION_ANSWERED', 'PERIOD_LOCKED', 'PERIOD_CORRECTED')
  AND NOT EXISTS (SELECT 1 FROM workflow_event e WHERE e.machine = 'period' AND e.record_id = p.id)
ORDER BY a.id;

-- Annual assessments: creation (the note is the weighting, after the name in the audit detail) and every lock, the
-- first one from the draft, the later ones re-locks; the n-th lock made revision n, whose reason is the note.
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id,
                            actor_name, department_id, note)
SELECT 'annual', y.id, a.occurred_at,
       CASE WHEN a.action = 'ANNUAL_CREATED' THEN 'CREATE'
            WHEN n.locks = 1 THEN 'LOCK'
            ELSE 'RELOCK' END,
       CASE WHEN a.action = 'ANNUAL_CREATED' THEN NULL
            WHEN n.locks = 1 THEN 'DRAFT'
            ELSE 'LOCKED' END,
       CASE WHEN a.action = 'ANNUAL_CREATED' THEN 'DRAFT' ELSE 'LOCKED' END,
       CASE WHEN a.actor_id IS NULL THEN 'SYSTEM' ELSE 'INSPECTOR' END,
       u.id, COALESCE(u.display_name, ''), NULL,
       CASE WHEN a.action = 'ANNUAL_CREATED'
                THEN SUBSTRING(a.detail, CHAR_LENGTH(SUBSTRING_INDEX(a.detail, ': ', 1)) + 3)
            ELSE COALESCE((SELECT r.reason FROM annual_revision r
                           WHERE r.annual_id = y.id AND r.revision_no = n.locks), '') END
FROM annual_assessment y
JOIN audit_log a ON a.target_type = 'annual_assessment' AND a.target_id = CONCAT('', y.id)
JOIN (SELECT l.id, (SELECT COUNT(*) FROM audit_log c
                    WHERE c.target_type = l.target_type AND c.target_id = l.target_id
                      AND c.action = 'ANNUAL_LOCKED' AND c.id <= l.id) AS locks
      FROM audit_log l
      WHERE l.target_type = 'annual_assessment') n ON n.id = a.id
LEFT JOIN app_user u ON u.id = a.actor_id
WHERE a.action IN ('ANNUAL_CREATED', 'ANNUAL_LOCKED')
  AND NOT EXISTS (SELECT 1 FROM workflow_event e WHERE e.machine = 'annual' AND e.record_id = y.id)
ORDER BY a.id;
