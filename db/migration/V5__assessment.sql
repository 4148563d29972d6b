-- Assessment (考核): versioned indicator systems, periods scored by inspectors, resolutions of spreads, objections,
-- and locked results with their revisions (PRODUCT.md 2.6 and "Scoring").

-- One version of an indicator system (指标体系). A draft is edited freely; publishing checks it (weights sum to 100,
-- every indicator complete) and freezes it; periods are scored on published versions. A new version is made by
-- copying one.
CREATE TABLE indicator_system (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    name          VARCHAR(100)  NOT NULL,
    version_no    INT           NOT NULL,
    based_on_id   BIGINT        NULL,
    state         VARCHAR(16)   NOT NULL,
    published_at  DATETIME      NULL,
    note          VARCHAR(500)  NOT NULL DEFAULT '',
    created_at   DATETIME      NOT NULL,
    updated_at   DATETIME      NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_system_version UNIQUE (name, version_no),
    CONSTRAINT fk_indicator_system_based_on FOREIGN KEY (based_on_id) REFERENCES indicator_system (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tree: level-1 categories (parent_id NULL, a weight) and level-2 indicators (a kind and its numbers).
CREATE TABLE indicator (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    system_id       BIGINT         NOT NULL,
    parent_id       BIGINT         NULL,
    seq             INT            NOT NULL,
    name            VARCHAR(100)   NOT NULL,
    weight          DECIMAL(6, 2)  NULL,
    kind            VARCHAR(16)    NULL,
    max_points      DECIMAL(6, 2)  NULL,
    per_occurrence  DECIMAL(6, 2)  NULL,
    metric          VARCHAR(32)    NULL,
    guidance        VARCHAR(1000)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_indicator_system (system_id, parent_id, seq),
    CONSTRAINT fk_indicator_system FOREIGN KEY (system_id) REFERENCES indicator_system (id),
    CONSTRAINT fk_indicator_parent FOREIGN KEY (parent_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A period (月度 / 季度 / 年度) scored on one system version, for some departments, led by one inspector.
CREATE TABLE assessment_period (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    name               VARCHAR(100)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    starts_on          DATE          NOT NULL,
    ends_on            DATE          NOT NULL,
    system_id          BIGINT        NOT NULL,
    lead_inspector_id  BIGINT        NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    published_on       DATE          NULL,
    objection_due      DATE          NULL,
    locked_at          DATETIME      NULL,
    revision           INT           NOT NULL DEFAULT 0,
    created_at         DATETIME      NOT NULL,
    updated_at         DATETIME      NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_assessment_period_dates (starts_on, ends_on),
    CONSTRAINT fk_assessment_period_system FOREIGN KEY (system_id) REFERENCES indicator_system (id),
    CONSTRAINT fk_assessment_period_lead FOREIGN KEY (lead_inspector_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE period_department (
    period_id      BIGINT  NOT NULL,
    department_id  BIGINT  NOT NULL,
    PRIMARY KEY (period_id, department_id),
    CONSTRAINT fk_period_department_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_period_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One inspector's score sheet for one department: private while a draft, counted once submitted.
CREATE TABLE score_sheet (
    id             BIGINT    NOT NULL AUTO_INCREMENT,
    period_id      BIGINT    NOT NULL,
    department_id  BIGINT    NOT NULL,
    inspector_id   BIGINT    NOT NULL,
    submitted_at   DATETIME  NULL,
    updated_at     DATETIME  NOT NULL,
    version        INT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_score_sheet UNIQUE (period_id, department_id, inspector_id),
    KEY ix_score_sheet_inspector (inspector_id, period_id),
    CONSTRAINT fk_score_sheet_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_score_sheet_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_score_sheet_inspector FOREIGN KEY (inspector_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A value on a sheet: points (MANUAL), occurrences (DEDUCTION, BONUS) or 1/0 (VETO), with the reason.
CREATE TABLE score (
    sheet_id      BIGINT         NOT NULL,
    indicator_id  BIGINT         NOT NULL,
    value         DECIMAL(8, 2)  NOT NULL,
    reason        VARCHAR(1000)  NOT NULL DEFAULT '',
    evidence_url  VARCHAR(500)   NULL,
    PRIMARY KEY (sheet_id, indicator_id),
    CONSTRAINT fk_score_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id),
    CONSTRAINT fk_score_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lead inspector's answer to a spread: the value that counts, and why.
CREATE TABLE score_resolution (
    period_id      BIGINT         NOT NULL,
    department_id  BIGINT         NOT NULL,
    indicator_id   BIGINT         NOT NULL,
    value          DECIMAL(8, 2)  NOT NULL,
    reason         VARCHAR(1000)  NOT NULL,
    resolved_by    VARCHAR(60)    NOT NULL,
    resolved_at    DATETIME       NOT NULL,
    PRIMARY KEY (period_id, department_id, indicator_id),
    CONSTRAINT fk_score_resolution_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_score_resolution_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A department's one objection (异议) to its published result, and the lead inspector's answer.
CREATE TABLE objection (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    period_id      BIGINT         NOT NULL,
    department_id  BIGINT         NOT NULL,
    text           VARCHAR(2000)  NOT NULL,
    filed_by       VARCHAR(60)    NOT NULL,
    filed_at       DATETIME       NOT NULL,
    answer         VARCHAR(2000)  NULL,
    answered_by    VARCHAR(60)    NULL,
    answered_at    DATETIME       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_objection UNIQUE (period_id, department_id),
    CONSTRAINT fk_objection_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_objection_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Locked results. Revision 1 is the lock; a correction adds revision 2, 3 … with its reason; none is ever changed.
CREATE TABLE result_revision (
    period_id        BIGINT         NOT NULL,
    revision         INT            NOT NULL,
    reason           VARCHAR(1000)  NOT NULL,
    created_by_name  VARCHAR(60)    NOT NULL,
    created_at       DATETIME       NOT NULL,
    PRIMARY KEY (period_id, revision),
    CONSTRAINT fk_result_revision_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE period_result (
    period_id      BIGINT         NOT NULL,
    revision       INT            NOT NULL,
    department_id  BIGINT         NOT NULL,
    total          DECIMAL(7, 2)  NOT NULL,
    rank_no        INT            NOT NULL,
    grade          VARCHAR(16)    NOT NULL,
    vetoed         BOOLEAN        NOT NULL,
    PRIMARY KEY (period_id, revision, department_id),
    CONSTRAINT fk_period_result_revision FOREIGN KEY (period_id, revision) REFERENCES result_revision (period_id, revision),
    CONSTRAINT fk_period_result_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every category and indicator of a locked result: the value, how it was arrived at, how many scored it.
CREATE TABLE period_result_line (
    period_id      BIGINT         NOT NULL,
    revision       INT            NOT NULL,
    department_id  BIGINT         NOT NULL,
    indicator_id   BIGINT         NOT NULL,
    value          DECIMAL(8, 2)  NULL,
    basis          VARCHAR(16)    NOT NULL,
    scorers        INT            NOT NULL,
    spread         BOOLEAN        NOT NULL,
    PRIMARY KEY (period_id, revision, department_id, indicator_id),
    CONSTRAINT fk_period_result_line_result FOREIGN KEY (period_id, revision, department_id)
        REFERENCES period_result (period_id, revision, department_id),
    CONSTRAINT fk_period_result_line_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
