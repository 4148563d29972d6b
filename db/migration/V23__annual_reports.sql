-- Issue 16: the annual reports on government information disclosure (政府信息公开工作年度报告, DISCLOSURE.md §3;
-- docs/disclosure.md): one per organ and year (a department, or the city government — its office with
-- to_government), moved on ReportWorkflow; published editions are frozen with their files and SHA-256.

CREATE TABLE annual_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    year_no         INT           NOT NULL,
    department_id   BIGINT        NOT NULL,
    to_government   BOOLEAN       NOT NULL DEFAULT FALSE,
    state           VARCHAR(16)   NOT NULL,
    -- the text sections 一、五、六 as the organ edits them (drafts written from the data to start with)
    section_one     TEXT          NOT NULL,
    section_five    TEXT          NOT NULL,
    section_six     TEXT          NOT NULL,
    return_reason   VARCHAR(500)  NULL,
    submitted_at    DATETIME      NULL,
    approved_at     DATETIME      NULL,
    -- the number of the newest published edition, 0 before the first
    edition         INT           NOT NULL DEFAULT 0,
    published_at    DATETIME      NULL,
    created_at      DATETIME      NOT NULL,
    updated_at      DATETIME      NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_report UNIQUE (year_no, department_id, to_government),
    CONSTRAINT fk_annual_report_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published edition: the report as published (tables and text, as JSON), frozen, with its PDF and DOCX. A
-- correction is a new edition with its reason; the earlier ones stay.
CREATE TABLE annual_report_edition (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    report_id       BIGINT        NOT NULL,
    edition         INT           NOT NULL,
    reason          VARCHAR(500)  NOT NULL DEFAULT '',
    content_json    LONGTEXT      NOT NULL,
    pdf             LONGBLOB      NOT NULL,
    pdf_sha256      CHAR(64)      NOT NULL,
    docx            LONGBLOB      NOT NULL,
    docx_sha256     CHAR(64)      NOT NULL,
    published_at    DATETIME      NOT NULL,
    published_by    BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_report_edition UNIQUE (report_id, edition),
    CONSTRAINT fk_annual_report_edition_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    CONSTRAINT fk_annual_report_edition_user FOREIGN KEY (published_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
