-- Bulletins (通报): drafted from a locked period, signed, issued with a document number, circulated, signed for and
-- answered with rectification reports (PRODUCT.md 2.7 and "Bulletins"; the rules chosen are in docs/architecture.md).

-- One bulletin. The text is kept as the inspector edited it; the numbers of the lists are copied from the locked
-- revision it was drafted from. The document number and the frozen files are set once, at issue, and never change.
CREATE TABLE bulletin (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    period_id        BIGINT         NOT NULL,
    revision_no      INT            NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    state            VARCHAR(16)    NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    addressees       VARCHAR(500)   NOT NULL,
    body             TEXT           NOT NULL,
    selection_rules  VARCHAR(1000)  NOT NULL,
    public_release   BOOLEAN        NOT NULL,
    copy_to          VARCHAR(300)   NOT NULL DEFAULT '',
    drafted_by_name  VARCHAR(60)    NOT NULL,
    signed_by_name   VARCHAR(60)    NULL,
    signed_at        DATETIME       NULL,
    issued_by_name   VARCHAR(60)    NULL,
    issued_at        DATETIME       NULL,
    issue_date       DATE           NULL,
    doc_office       VARCHAR(20)    NULL,
    doc_year         INT            NULL,
    doc_seq          INT            NULL,
    doc_number       VARCHAR(60)    NULL,
    pdf_sha256       CHAR(64)       NULL,
    docx_sha256      CHAR(64)       NULL,
    revoked_at       DATETIME       NULL,
    revoked_by_name  VARCHAR(60)    NULL,
    revoke_reason    VARCHAR(500)   NULL,
    created_at       DATETIME       NOT NULL,
    updated_at       DATETIME       NOT NULL,
    version          INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_bulletin_number UNIQUE (doc_office, doc_year, doc_seq),
    KEY ix_bulletin_state (state, issue_date),
    CONSTRAINT fk_bulletin_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The files frozen at issue: what everyone downloads afterwards, whatever happens to the templates.
CREATE TABLE bulletin_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    bulletin_id   BIGINT        NOT NULL,
    format        VARCHAR(8)    NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    created_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_bulletin_file UNIQUE (bulletin_id, format),
    CONSTRAINT fk_bulletin_file_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last document number given per issuing office and year: taken under a row lock in the issuing transaction, so
-- numbers are gapless and never given twice.
CREATE TABLE document_counter (
    office    VARCHAR(20)  NOT NULL,
    year_no   INT          NOT NULL,
    last_seq  INT          NOT NULL,
    PRIMARY KEY (office, year_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The commended (表扬) and criticized (批评) departments, with their place in the locked results and why.
CREATE TABLE bulletin_department (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    bulletin_id    BIGINT         NOT NULL,
    department_id  BIGINT         NOT NULL,
    role           VARCHAR(16)    NOT NULL,
    total          DECIMAL(7, 2)  NULL,
    rank_no        INT            NULL,
    grade          VARCHAR(16)    NULL,
    reason         VARCHAR(200)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_bulletin_department UNIQUE (bulletin_id, department_id, role),
    KEY ix_bulletin_department_department (department_id),
    CONSTRAINT fk_bulletin_department_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id),
    CONSTRAINT fk_bulletin_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The departments a bulletin is addressed to, each of which signs for it (签收) by a deadline set at issue.
CREATE TABLE bulletin_addressee (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    bulletin_id     BIGINT       NOT NULL,
    department_id   BIGINT       NOT NULL,
    sign_due        DATE         NULL,
    signed_at       DATETIME     NULL,
    signed_by_name  VARCHAR(60)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_bulletin_addressee UNIQUE (bulletin_id, department_id),
    KEY ix_bulletin_addressee_department (department_id, signed_at),
    CONSTRAINT fk_bulletin_addressee_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id),
    CONSTRAINT fk_bulletin_addressee_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An item of a criticized department's problem list (问题清单), rectified by a deadline set at issue.
CREATE TABLE bulletin_problem (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    bulletin_id    BIGINT         NOT NULL,
    department_id  BIGINT         NOT NULL,
    seq            INT            NOT NULL,
    source         VARCHAR(16)    NOT NULL,
    source_ref     VARCHAR(40)    NULL,
    text           VARCHAR(500)   NOT NULL,
    rectify_days   INT            NOT NULL,
    state          VARCHAR(16)    NOT NULL,
    rectify_start  DATE           NULL,
    returned_on    DATE           NULL,
    rectify_due    DATE           NULL,
    closed_at      DATETIME       NULL,
    updated_at     DATETIME       NOT NULL,
    version        INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_bulletin_problem_bulletin (bulletin_id, department_id, seq),
    KEY ix_bulletin_problem_department (department_id, state),
    CONSTRAINT fk_bulletin_problem_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id),
    CONSTRAINT fk_bulletin_problem_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_bulletin_problem_days CHECK (rectify_days BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rectification report on a problem-list item and the inspector's verdict, as for findings.
CREATE TABLE bulletin_report (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    problem_id         BIGINT         NOT NULL,
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
    KEY ix_bulletin_report_problem (problem_id, id),
    CONSTRAINT fk_bulletin_report_problem FOREIGN KEY (problem_id) REFERENCES bulletin_problem (id),
    CONSTRAINT fk_bulletin_report_user FOREIGN KEY (submitted_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bulletin_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    report_id     BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    created_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_bulletin_attachment_report (report_id),
    CONSTRAINT fk_bulletin_attachment_report FOREIGN KEY (report_id) REFERENCES bulletin_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of a bulletin: drafted, submitted, sent back (with the leader's comments), signed, issued, revoked.
CREATE TABLE bulletin_event (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    bulletin_id  BIGINT         NOT NULL,
    occurred_at  DATETIME       NOT NULL,
    action       VARCHAR(16)    NOT NULL,
    from_state   VARCHAR(16)    NULL,
    to_state     VARCHAR(16)    NOT NULL,
    actor_id     BIGINT         NULL,
    actor_name   VARCHAR(60)    NOT NULL,
    note         VARCHAR(2000)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_bulletin_event_bulletin (bulletin_id, id),
    CONSTRAINT fk_bulletin_event_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
