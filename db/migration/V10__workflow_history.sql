-- One history for every state machine (docs/architecture.md, "Workflows"): each step of a complaint, finding,
-- bulletin, supervisor's term, review task, period, annual assessment or rectification is a row here, named by its
-- machine and the record's id. The complaints' own table (V3) is moved in and dropped here; the later migrations
-- move the others as their machines are put on the shared table.

CREATE TABLE workflow_event (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    machine        VARCHAR(24)    NOT NULL,
    record_id      BIGINT         NOT NULL,
    occurred_at    DATETIME       NOT NULL,
    action         VARCHAR(32)    NOT NULL,
    from_state     VARCHAR(24)    NULL,
    to_state       VARCHAR(24)    NOT NULL,
    actor          VARCHAR(16)    NOT NULL,
    actor_id       BIGINT         NULL,
    actor_name     VARCHAR(60)    NOT NULL,
    department_id  BIGINT         NULL,
    note           VARCHAR(2000)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_workflow_event_record (machine, record_id, id),
    CONSTRAINT fk_workflow_event_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Complaints keep their event ids: a reply's files point at the reply's step.
INSERT INTO workflow_event (id, machine, record_id, occurred_at, action, from_state, to_state, actor, actor_id,
                            actor_name, department_id, note)
SELECT id, 'complaint', complaint_id, occurred_at, action, from_state, to_state, actor_kind, actor_id, actor_name,
       department_id, note
FROM complaint_event ORDER BY id;

ALTER TABLE complaint_attachment DROP FOREIGN KEY fk_complaint_attachment_event;
ALTER TABLE complaint_attachment
    ADD CONSTRAINT fk_complaint_attachment_event FOREIGN KEY (event_id) REFERENCES workflow_event (id);

DROP TABLE complaint_event;
