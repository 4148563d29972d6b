-- Complaints (诉求): the public's channel into the platform and the departments' duty to answer it.
-- Deadlines are dates (the end of that working day); each keeps the date its clock started on, so that a change of
-- the calendar can recompute it.

CREATE TABLE complaint (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    tracking_code            VARCHAR(20)   NOT NULL,
    query_code_hash          CHAR(64)      NOT NULL,
    query_code_salt          CHAR(32)      NOT NULL,
    type                     VARCHAR(16)   NOT NULL,
    channel                  VARCHAR(16)   NOT NULL,
    state                    VARCHAR(24)   NOT NULL,
    key_area_id              BIGINT        NULL,
    requested_department_id  BIGINT        NULL,
    department_id            BIGINT        NULL,
    subject                  VARCHAR(200)  NOT NULL,
    content                  TEXT          NOT NULL,
    complainant_name         VARCHAR(60)   NULL,
    complainant_phone        VARCHAR(30)   NULL,
    consent_disclose         BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at             DATETIME      NOT NULL,
    accept_start             DATE          NOT NULL,
    accept_due               DATE          NOT NULL,
    handle_start             DATE          NULL,
    handle_due               DATE          NULL,
    extension_days           INT           NOT NULL DEFAULT 0,
    requested_extension_days INT           NULL,
    reopened                 BOOLEAN       NOT NULL DEFAULT FALSE,
    reply_text               TEXT          NULL,
    replied_at               DATETIME      NULL,
    rating_start             DATE          NULL,
    rating_due               DATE          NULL,
    rating                   VARCHAR(24)   NULL,
    rating_comment           VARCHAR(500)  NULL,
    reject_reason            VARCHAR(500)  NULL,
    closed_at                DATETIME      NULL,
    entered_by               BIGINT        NULL,
    api_client               VARCHAR(60)   NULL,
    client_ip                VARCHAR(45)   NOT NULL DEFAULT '',
    updated_at               DATETIME      NOT NULL,
    version                  INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_complaint_tracking UNIQUE (tracking_code),
    KEY ix_complaint_state_department (state, department_id),
    KEY ix_complaint_department_state (department_id, state),
    KEY ix_complaint_submitted (submitted_at),
    CONSTRAINT fk_complaint_area FOREIGN KEY (key_area_id) REFERENCES key_area (id),
    CONSTRAINT fk_complaint_requested FOREIGN KEY (requested_department_id) REFERENCES department (id),
    CONSTRAINT fk_complaint_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step: who (the public, a member of staff, the system), when, from which state to which, and the note.
CREATE TABLE complaint_event (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    complaint_id   BIGINT         NOT NULL,
    occurred_at    DATETIME       NOT NULL,
    action         VARCHAR(32)    NOT NULL,
    from_state     VARCHAR(24)    NULL,
    to_state       VARCHAR(24)    NOT NULL,
    actor_kind     VARCHAR(16)    NOT NULL,
    actor_id       BIGINT         NULL,
    actor_name     VARCHAR(60)    NOT NULL,
    department_id  BIGINT         NULL,
    note           VARCHAR(2000)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_complaint_event_complaint (complaint_id, id),
    CONSTRAINT fk_complaint_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files sent with a complaint (event_id null) or with a reply (the reply's event).
CREATE TABLE complaint_attachment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id   BIGINT        NOT NULL,
    event_id       BIGINT        NULL,
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     INT           NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        LONGBLOB      NOT NULL,
    created_at     DATETIME      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_complaint_attachment_complaint (complaint_id),
    CONSTRAINT fk_complaint_attachment_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_complaint_attachment_event FOREIGN KEY (event_id) REFERENCES complaint_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
