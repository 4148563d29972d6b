-- Supervisors' terms and review tasks on the shared workflow history (V10, docs/architecture.md "Workflows").
-- A supervisor's term gets a stored state (SupervisorWorkflow: APPOINTED, ACTIVE, EXPIRED, ENDED), moved by the
-- administrator and, by the term's dates, by the platform (START, EXPIRE); the roster's own history table
-- (supervisor_event, V4) is moved into workflow_event and dropped, with end_recorded, which the stored state
-- replaces. Review tasks had no history: each gets its steps back from its own columns.

ALTER TABLE supervisor ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'APPOINTED' AFTER term_end;

-- The state as recorded: a dismissal (ended_on) and a recorded end of term (end_recorded) are final; otherwise
-- by the term's first day. The UTC date is never later than the business date (Asia/Shanghai), so a term is at
-- worst found not started yet, and the scheduled job (SupervisorTerms) starts or expires it with its step.
UPDATE supervisor SET state = CASE
    WHEN ended_on IS NOT NULL THEN 'ENDED'
    WHEN end_recorded THEN 'EXPIRED'
    WHEN term_start <= UTC_DATE() THEN 'ACTIVE'
    ELSE 'APPOINTED' END;

ALTER TABLE supervisor ALTER COLUMN state DROP DEFAULT;

-- The roster's events as steps of the machine "supervisor". The states before and after are worked out from the
-- term's first day (an event before it found the term not started). The platform's steps (and the demo's, made by
-- the platform acting as an administrator) name no one, as the platform's steps are written now. A term appointed
-- before its first day and under way since gets the START step that the old roster did not record, on its first
-- day, so that every step begins where the one before it ended.
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id,
                            actor_name, note)
SELECT 'supervisor', record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name, note
FROM (
    SELECT e.supervisor_id AS record_id, e.occurred_at, e.id AS seq,
           CASE e.action WHEN 'APPOINTED' THEN 'APPOINT' WHEN 'CHANGED' THEN 'CHANGE'
                         WHEN 'ENDED' THEN 'DISMISS' ELSE 'EXPIRE' END AS action,
           CASE e.action WHEN 'APPOINTED' THEN NULL
                         ELSE CASE WHEN DATE(e.occurred_at) < s.term_start THEN 'APPOINTED' ELSE 'ACTIVE' END
           END AS from_state,
           CASE e.action WHEN 'ENDED' THEN 'ENDED' WHEN 'EXPIRED' THEN 'EXPIRED'
                         ELSE CASE WHEN DATE(e.occurred_at) < s.term_start THEN 'APPOINTED' ELSE 'ACTIVE' END
           END AS to_state,
           CASE WHEN e.action = 'EXPIRED' THEN 'SYSTEM' ELSE 'ADMIN' END AS actor,
           e.actor_id,
           CASE WHEN e.action = 'EXPIRED' OR e.actor_id IS NULL THEN '' ELSE e.actor_name END AS actor_name,
           e.note
    FROM supervisor_event e JOIN supervisor s ON s.id = e.supervisor_id
    UNION ALL
    SELECT s.id, TIMESTAMP(s.term_start), 0, 'START', 'APPOINTED', 'ACTIVE', 'SYSTEM', NULL, '',
           DATE_FORMAT(s.term_start, '%Y-%m-%d')
    FROM supervisor s
    WHERE s.state <> 'APPOINTED'
      AND (s.ended_on IS NULL OR s.ended_on >= s.term_start)
      AND EXISTS (SELECT 1 FROM supervisor_event a
                  WHERE a.supervisor_id = s.id AND a.action = 'APPOINTED' AND DATE(a.occurred_at) < s.term_start)
) steps
ORDER BY occurred_at, seq;

DROP TABLE supervisor_event;

ALTER TABLE supervisor DROP COLUMN end_recorded;

-- Review tasks' history (machine "review"): the assignment by the platform when the task was made, the
-- supervisor's review or "could not verify" when it was done, the cancellation when it was last changed. Earlier
-- hand-overs to another supervisor were not recorded and stay unknown; so does who had the task first, and the
-- assignment step names no one.
INSERT INTO workflow_event (machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id,
                            actor_name, note)
SELECT 'review', record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name, note
FROM (
    SELECT t.id AS record_id, t.created_at AS occurred_at, 1 AS part, 'ASSIGN' AS action, NULL AS from_state,
           'PENDING' AS to_state, 'SYSTEM' AS actor, NULL AS actor_id, '' AS actor_name, '' AS note
    FROM review_task t
    UNION ALL
    SELECT t.id, t.reviewed_at, 2, CASE t.state WHEN 'REVIEWED' THEN 'REVIEW' ELSE 'MARK_UNVERIFIABLE' END,
           'PENDING', t.state, 'SUPERVISOR', u.id, u.display_name, t.comment
    FROM review_task t JOIN supervisor s ON s.id = t.supervisor_id JOIN app_user u ON u.id = s.user_id
    WHERE t.state IN ('REVIEWED', 'UNVERIFIABLE') AND t.reviewed_at IS NOT NULL
    UNION ALL
    SELECT t.id, t.updated_at, 3, 'CANCEL', 'PENDING', 'CANCELLED', 'SYSTEM', NULL, '', t.comment
    FROM review_task t
    WHERE t.state = 'CANCELLED'
) steps
ORDER BY occurred_at, record_id, part;
