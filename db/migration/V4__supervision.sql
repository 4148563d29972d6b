-- Social supervision (社会监督员): the roster, review tasks for replied complaints, and findings (监督意见 / 督查发现)
-- with their rectification (整改). Deadlines are dates with the date their clock started, as for complaints.

-- A supervisor is appointed for a term to some departments and/or key areas, and signs in with an account of role
-- SUPERVISOR. Access ends with the term (term_end) or on the day of an early end (ended_on).
CREATE TABLE supervisor (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    user_id       BIGINT        NOT NULL,
    name          VARCHAR(60)   NOT NULL,
    background    VARCHAR(24)   NOT NULL,
    affiliation   VARCHAR(100)  NOT NULL DEFAULT '',
    phone         VARCHAR(30)   NOT NULL DEFAULT '',
    email         VARCHAR(100)  NOT NULL DEFAULT '',
    term_start    DATE          NOT NULL,
    term_end      DATE          NOT NULL,
    ended_on      DATE          NULL,
    end_reason    VARCHAR(500)  NULL,
    end_recorded  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    DATETIME      NOT NULL,
    updated_at    DATETIME      NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_supervisor_user UNIQUE (user_id),
    KEY ix_supervisor_term (term_end, term_start),
    CONSTRAINT fk_supervisor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervisor_department (
    supervisor_id  BIGINT  NOT NULL,
    department_id  BIGINT  NOT NULL,
    PRIMARY KEY (supervisor_id, department_id),
    KEY ix_supervisor_department_department (department_id),
    CONSTRAINT fk_supervisor_department_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id),
    CONSTRAINT fk_supervisor_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervisor_key_area (
    supervisor_id  BIGINT  NOT NULL,
    key_area_id    BIGINT  NOT NULL,
    PRIMARY KEY (supervisor_id, key_area_id),
    KEY ix_supervisor_key_area_area (key_area_id),
    CONSTRAINT fk_supervisor_key_area_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id),
    CONSTRAINT fk_supervisor_key_area_area FOREIGN KEY (key_area_id) REFERENCES key_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roster's own history: appointment, changes of term or scope, early end, end of term.
CREATE TABLE supervisor_event (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    supervisor_id  BIGINT         NOT NULL,
    occurred_at    DATETIME       NOT NULL,
    action         VARCHAR(24)    NOT NULL,
    actor_id       BIGINT         NULL,
    actor_name     VARCHAR(60)    NOT NULL,
    note           VARCHAR(1000)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_supervisor_event_supervisor (supervisor_id, id),
    CONSTRAINT fk_supervisor_event_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Findings: a problem in a department's disclosure work, filed by a supervisor or an inspector (or opened by a low
-- review score), confirmed or dismissed by an inspector, rectified by the department, verified by an inspector.
CREATE TABLE finding (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    department_id           BIGINT         NOT NULL,
    issue_type              VARCHAR(24)    NOT NULL,
    key_area_id             BIGINT         NULL,
    responsibility_item_id  BIGINT         NULL,
    description             VARCHAR(2000)  NOT NULL,
    evidence_url            VARCHAR(500)   NULL,
    severity                VARCHAR(16)    NOT NULL,
    state                   VARCHAR(16)    NOT NULL,
    source                  VARCHAR(16)    NOT NULL,
    filed_by                BIGINT         NOT NULL,
    filed_by_name           VARCHAR(60)    NOT NULL,
    filed_at                DATETIME       NOT NULL,
    complaint_id            BIGINT         NULL,
    duplicate_of            BIGINT         NULL,
    repeat_of               BIGINT         NULL,
    confirmed_on            DATE           NULL,
    returned_on             DATE           NULL,
    rectify_due             DATE           NULL,
    dismiss_reason          VARCHAR(500)   NULL,
    closed_at               DATETIME       NULL,
    updated_at              DATETIME       NOT NULL,
    version                 INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_finding_department_state (department_id, state),
    KEY ix_finding_state (state),
    KEY ix_finding_item (responsibility_item_id, department_id),
    KEY ix_finding_filed_by (filed_by),
    CONSTRAINT fk_finding_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_finding_area FOREIGN KEY (key_area_id) REFERENCES key_area (id),
    CONSTRAINT fk_finding_item FOREIGN KEY (responsibility_item_id) REFERENCES responsibility_item (id),
    CONSTRAINT fk_finding_filed_by FOREIGN KEY (filed_by) REFERENCES app_user (id),
    CONSTRAINT fk_finding_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_finding_duplicate FOREIGN KEY (duplicate_of) REFERENCES finding (id),
    CONSTRAINT fk_finding_repeat FOREIGN KEY (repeat_of) REFERENCES finding (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE finding_event (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    finding_id   BIGINT         NOT NULL,
    occurred_at  DATETIME       NOT NULL,
    action       VARCHAR(24)    NOT NULL,
    from_state   VARCHAR(16)    NULL,
    to_state     VARCHAR(16)    NOT NULL,
    actor_kind   VARCHAR(16)    NOT NULL,
    actor_id     BIGINT         NULL,
    actor_name   VARCHAR(60)    NOT NULL,
    note         VARCHAR(2000)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_finding_event_finding (finding_id, id),
    CONSTRAINT fk_finding_event_finding FOREIGN KEY (finding_id) REFERENCES finding (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The department's rectification reports (整改报告) and the inspector's verdict on each.
CREATE TABLE rectification_report (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    finding_id         BIGINT         NOT NULL,
    text               TEXT           NOT NULL,
    submitted_by       BIGINT         NOT NULL,
    submitted_by_name  VARCHAR(60)    NOT NULL,
    submitted_at       DATETIME       NOT NULL,
    on_time            BOOLEAN        NOT NULL,
    verdict            VARCHAR(16)    NULL,
    verdict_note       VARCHAR(500)   NULL,
    verdict_by_name    VARCHAR(60)    NULL,
    verdict_at         DATETIME       NULL,
    PRIMARY KEY (id),
    KEY ix_rectification_report_finding (finding_id, id),
    CONSTRAINT fk_rectification_report_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT fk_rectification_report_user FOREIGN KEY (submitted_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence of a finding (report_id null) or of a rectification report.
CREATE TABLE finding_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    finding_id    BIGINT        NOT NULL,
    report_id     BIGINT        NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    created_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_finding_attachment_finding (finding_id),
    CONSTRAINT fk_finding_attachment_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT fk_finding_attachment_report FOREIGN KEY (report_id) REFERENCES rectification_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Review tasks (回访 / 评议): a replied complaint in a supervisor's scope, scored 1-5 for timeliness, the quality of
-- the reply and the attitude, or marked as not verifiable. A low score opens a finding (finding_id).
CREATE TABLE review_task (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    complaint_id   BIGINT         NOT NULL,
    supervisor_id  BIGINT         NOT NULL,
    state          VARCHAR(16)    NOT NULL,
    assigned_on    DATE           NOT NULL,
    due_on         DATE           NOT NULL,
    timeliness     INT            NULL,
    quality        INT            NULL,
    attitude       INT            NULL,
    comment        VARCHAR(1000)  NOT NULL DEFAULT '',
    reviewed_at    DATETIME       NULL,
    finding_id     BIGINT         NULL,
    created_at     DATETIME       NOT NULL,
    updated_at     DATETIME       NOT NULL,
    version        INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_review_task_supervisor_state (supervisor_id, state),
    KEY ix_review_task_complaint (complaint_id),
    KEY ix_review_task_state_due (state, due_on),
    CONSTRAINT fk_review_task_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_review_task_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id),
    CONSTRAINT fk_review_task_finding FOREIGN KEY (finding_id) REFERENCES finding (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
