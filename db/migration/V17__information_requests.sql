-- Issue 15: applications for government information (依申请公开), from receipt to reply, on the statutory clock
-- (../shared/docs/DISCLOSURE.md §1–2; docs/disclosure.md). Dates are business dates (the end of that working day);
-- each clock keeps the date it started on, so a change of the calendar recomputes it.

CREATE TABLE info_request (
    id                        BIGINT         NOT NULL AUTO_INCREMENT,
    request_no                VARCHAR(24)    NOT NULL,
    query_code_hash           CHAR(64)       NOT NULL,
    query_code_salt           CHAR(32)       NOT NULL,
    -- the organ applied to: a department of the directory, or the city government (to_government) through its
    -- office (department_id is then the office, which handles it)
    department_id             BIGINT         NOT NULL,
    to_government             BOOLEAN        NOT NULL DEFAULT FALSE,
    channel                   VARCHAR(16)    NOT NULL,
    state                     VARCHAR(24)    NOT NULL,
    applicant_kind            VARCHAR(16)    NOT NULL,
    applicant_name            VARCHAR(100)   NOT NULL,
    id_type                   VARCHAR(24)    NULL,
    id_number                 VARCHAR(40)    NULL,
    org_type                  VARCHAR(24)    NULL,
    credit_code               VARCHAR(18)    NULL,
    contact_person            VARCHAR(60)    NULL,
    phone                     VARCHAR(30)    NULL,
    email                     VARCHAR(100)   NULL,
    address                   VARCHAR(200)   NULL,
    postal_code               VARCHAR(10)    NULL,
    description               TEXT           NOT NULL,
    doc_number                VARCHAR(100)   NULL,
    form_wanted               VARCHAR(16)    NOT NULL,
    delivery                  VARCHAR(16)    NOT NULL,
    written_for               BOOLEAN        NOT NULL DEFAULT FALSE,
    arrived_at                DATETIME       NOT NULL,
    arrived_on                DATE           NOT NULL,
    signed_for_on             DATE           NULL,
    register_due              DATE           NULL,
    registered_at             DATETIME       NULL,
    late_registration         BOOLEAN        NOT NULL DEFAULT FALSE,
    received_on               DATE           NULL,
    reply_start               DATE           NULL,
    base_days                 INT            NOT NULL DEFAULT 20,
    extension_days            INT            NOT NULL DEFAULT 0,
    requested_extension_days  INT            NULL,
    extension_basis           VARCHAR(16)    NULL,
    paused_days               INT            NOT NULL DEFAULT 0,
    reply_due                 DATE           NULL,
    correction_used           BOOLEAN        NOT NULL DEFAULT FALSE,
    correction_items          TEXT           NULL,
    correction_start          DATE           NULL,
    correction_due            DATE           NULL,
    corrected_on              DATE           NULL,
    fee_mode                  VARCHAR(16)    NULL,
    fee_quantity              INT            NULL,
    fee_amount                DECIMAL(10, 2) NULL,
    fee_start                 DATE           NULL,
    fee_due                   DATE           NULL,
    fee_paid_on               DATE           NULL,
    result                    VARCHAR(32)    NULL,
    result_basis              VARCHAR(200)   NULL,
    result_reason             TEXT           NULL,
    withheld                  TEXT           NULL,
    other_organ               VARCHAR(200)   NULL,
    other_organ_contact       VARCHAR(200)   NULL,
    provision                 VARCHAR(1000)  NULL,
    replied_at                DATETIME       NULL,
    replied_on                DATE           NULL,
    replied_in_time           BOOLEAN        NULL,
    closed_at                 DATETIME       NULL,
    quality                   VARCHAR(16)    NULL,
    quality_reason            VARCHAR(500)   NULL,
    quality_by                BIGINT         NULL,
    quality_at                DATETIME       NULL,
    finding_id                BIGINT         NULL,
    entered_by                BIGINT         NULL,
    api_client                VARCHAR(60)    NULL,
    partner_ticket_id         VARCHAR(64)    NULL,
    client_ip                 VARCHAR(45)    NOT NULL DEFAULT '',
    updated_at                DATETIME       NOT NULL,
    version                   INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_info_request_no UNIQUE (request_no),
    CONSTRAINT uk_info_request_partner UNIQUE (api_client, partner_ticket_id),
    KEY ix_info_request_department_state (department_id, state, reply_due),
    KEY ix_info_request_state_due (state, reply_due),
    KEY ix_info_request_arrived (arrived_at),
    KEY ix_info_request_replied (replied_on),
    CONSTRAINT fk_info_request_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Letters to third parties (Art. 32) or to other organs (Art. 34): the reply clock stops from the day a letter goes to
-- the day its answer comes or its 15 working days end.
CREATE TABLE info_request_consultation (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    request_id    BIGINT         NOT NULL,
    kind          VARCHAR(16)    NOT NULL,
    party         VARCHAR(200)   NOT NULL,
    question      TEXT           NOT NULL,
    sent_on       DATE           NOT NULL,
    answer_due    DATE           NOT NULL,
    answered_on   DATE           NULL,
    answer        VARCHAR(2000)  NULL,
    PRIMARY KEY (id),
    KEY ix_info_request_consultation_request (request_id),
    CONSTRAINT fk_info_request_consultation_request FOREIGN KEY (request_id) REFERENCES info_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files: the applicant's ID scan, a correction's files, the reply's files (purpose), with the step they came with.
CREATE TABLE info_request_attachment (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    request_id    BIGINT         NOT NULL,
    event_id      BIGINT         NULL,
    purpose       VARCHAR(16)    NOT NULL,
    file_name     VARCHAR(200)   NOT NULL,
    content_type  VARCHAR(100)   NOT NULL,
    size_bytes    INT            NOT NULL,
    sha256        CHAR(64)       NOT NULL,
    content       LONGBLOB       NOT NULL,
    created_at    DATETIME       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_info_request_attachment_request (request_id),
    CONSTRAINT fk_info_request_attachment_request FOREIGN KEY (request_id) REFERENCES info_request (id),
    CONSTRAINT fk_info_request_attachment_event FOREIGN KEY (event_id) REFERENCES workflow_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The documents sent to the applicant (收件回执, 补正告知书, 征询函, 延期答复告知书, 答复告知书, 收费通知), each numbered
-- gapless per organ and year (document_counter) and frozen when sent: the PDF and its SHA-256.
CREATE TABLE info_request_document (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    request_id    BIGINT         NOT NULL,
    kind          VARCHAR(24)    NOT NULL,
    doc_number    VARCHAR(60)    NOT NULL,
    counter_key   VARCHAR(20)    NOT NULL,
    year_no       INT            NOT NULL,
    seq           INT            NOT NULL,
    issued_at     DATETIME       NOT NULL,
    file_name     VARCHAR(200)   NOT NULL,
    size_bytes    INT            NOT NULL,
    sha256        CHAR(64)       NOT NULL,
    content       LONGBLOB       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_info_request_document_number UNIQUE (counter_key, year_no, seq),
    KEY ix_info_request_document_request (request_id),
    CONSTRAINT fk_info_request_document_request FOREIGN KEY (request_id) REFERENCES info_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 行政复议 and 行政诉讼 against a reply, with their outcome (the annual report's table 四; the 被纠错 deduction).
CREATE TABLE info_request_remedy (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    request_id    BIGINT         NOT NULL,
    kind          VARCHAR(24)    NOT NULL,
    body          VARCHAR(200)   NOT NULL,
    filed_on      DATE           NOT NULL,
    outcome       VARCHAR(16)    NOT NULL,
    decided_on    DATE           NULL,
    note          VARCHAR(1000)  NOT NULL DEFAULT '',
    recorded_by   BIGINT         NOT NULL,
    recorded_at   DATETIME       NOT NULL,
    version       INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_info_request_remedy_request (request_id),
    KEY ix_info_request_remedy_decided (decided_on),
    CONSTRAINT fk_info_request_remedy_request FOREIGN KEY (request_id) REFERENCES info_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each organ's 政府信息公开指南 (how to apply, where, when), edited by the organ; and the short form of its
-- documents' numbers (盘民公开). One row per department, and one for the city government (to_government).
CREATE TABLE disclosure_guide (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    department_id   BIGINT         NOT NULL,
    to_government   BOOLEAN        NOT NULL DEFAULT FALSE,
    abbreviation    VARCHAR(12)    NOT NULL,
    office_name     VARCHAR(100)   NOT NULL,
    address         VARCHAR(200)   NOT NULL DEFAULT '',
    postal_code     VARCHAR(10)    NOT NULL DEFAULT '',
    office_hours    VARCHAR(200)   NOT NULL DEFAULT '',
    phone           VARCHAR(30)    NOT NULL DEFAULT '',
    fax             VARCHAR(30)    NOT NULL DEFAULT '',
    email           VARCHAR(100)   NOT NULL DEFAULT '',
    how_to_apply    TEXT           NULL,
    notes           TEXT           NULL,
    updated_at      DATETIME       NOT NULL,
    updated_by      BIGINT         NULL,
    version         INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_disclosure_guide UNIQUE (department_id, to_government),
    CONSTRAINT fk_disclosure_guide_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The head of an organ's disclosure office (政府信息公开工作机构负责人, Art. 33): a handler of the organ with this flag
-- approves the organ's extensions.
ALTER TABLE app_user ADD COLUMN disclosure_head BOOLEAN NOT NULL DEFAULT FALSE;
