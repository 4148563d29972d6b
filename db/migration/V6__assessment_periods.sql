-- Assessment periods, scoring, results and the annual assessment (PRODUCT.md 2.6 and "Scoring"; the rules chosen are
-- in docs/architecture.md, "Assessment"). V5 sketched the period tables before any code used them; they were never
-- written to, so they are replaced here by the tables the code reads and writes. Every table has a surrogate id.

DROP TABLE period_result_line;
DROP TABLE period_result;
DROP TABLE result_revision;
DROP TABLE objection;
DROP TABLE score_resolution;
DROP TABLE score;
DROP TABLE score_sheet;
DROP TABLE period_department;
DROP TABLE assessment_period;

-- A period (月度 / 季度 / 年度) scored on one published system version, led by one inspector. The scoring rules are
-- copied from the configuration when the period is created, so that a later change of the settings never changes
-- how a period already under way is scored.
CREATE TABLE assessment_period (
    id                       BIGINT         NOT NULL AUTO_INCREMENT,
    name                     VARCHAR(100)   NOT NULL,
    kind                     VARCHAR(16)    NOT NULL,
    starts_on                DATE           NOT NULL,
    ends_on                  DATE           NOT NULL,
    system_id                BIGINT         NOT NULL,
    lead_inspector_id        BIGINT         NOT NULL,
    state                    VARCHAR(16)    NOT NULL,
    trim_from                INT            NOT NULL,
    spread_percent           INT            NOT NULL,
    min_volume               INT            NOT NULL,
    excellent_from           DECIMAL(5, 2)  NOT NULL,
    good_from                DECIMAL(5, 2)  NOT NULL,
    pass_from                DECIMAL(5, 2)  NOT NULL,
    excellent_quota_percent  INT            NULL,
    basic_weight             DECIMAL(4, 3)  NOT NULL,
    published_on             DATE           NULL,
    objection_due            DATE           NULL,
    locked_at                DATETIME       NULL,
    revision                 INT            NOT NULL DEFAULT 0,
    created_by_name          VARCHAR(60)    NOT NULL,
    created_at               DATETIME       NOT NULL,
    updated_at               DATETIME       NOT NULL,
    version                  INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment_period_name UNIQUE (name),
    KEY ix_assessment_period_dates (starts_on, ends_on),
    CONSTRAINT fk_assessment_period_system FOREIGN KEY (system_id) REFERENCES indicator_system (id),
    CONSTRAINT fk_assessment_period_lead FOREIGN KEY (lead_inspector_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The departments assessed in a period; a department may accept its published result (确认无异议).
CREATE TABLE period_department (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    period_id         BIGINT       NOT NULL,
    department_id     BIGINT       NOT NULL,
    accepted_at       DATETIME     NULL,
    accepted_by_name  VARCHAR(60)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_period_department UNIQUE (period_id, department_id),
    CONSTRAINT fk_period_department_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_period_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which inspectors score which department in a period (评分分工).
CREATE TABLE period_assignment (
    id             BIGINT  NOT NULL AUTO_INCREMENT,
    period_id      BIGINT  NOT NULL,
    department_id  BIGINT  NOT NULL,
    inspector_id   BIGINT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_period_assignment UNIQUE (period_id, department_id, inspector_id),
    KEY ix_period_assignment_inspector (inspector_id, period_id),
    CONSTRAINT fk_period_assignment_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_period_assignment_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_period_assignment_inspector FOREIGN KEY (inspector_id) REFERENCES app_user (id)
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

-- A value on a sheet: points (MANUAL), occurrences (DEDUCTION, BONUS) or 1/0 (VETO), with the reason and evidence.
CREATE TABLE score (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    sheet_id      BIGINT         NOT NULL,
    indicator_id  BIGINT         NOT NULL,
    value         DECIMAL(8, 2)  NOT NULL,
    reason        VARCHAR(1000)  NOT NULL DEFAULT '',
    evidence_url  VARCHAR(500)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_score UNIQUE (sheet_id, indicator_id),
    CONSTRAINT fk_score_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id),
    CONSTRAINT fk_score_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lead inspector's ruling on an indicator of a department (a spread, or an objection upheld): the value that
-- counts, in the sheet's units, and why.
CREATE TABLE score_resolution (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    period_id         BIGINT         NOT NULL,
    department_id     BIGINT         NOT NULL,
    indicator_id      BIGINT         NOT NULL,
    value             DECIMAL(8, 2)  NOT NULL,
    reason            VARCHAR(1000)  NOT NULL,
    resolved_by_name  VARCHAR(60)    NOT NULL,
    resolved_at       DATETIME       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_score_resolution UNIQUE (period_id, department_id, indicator_id),
    CONSTRAINT fk_score_resolution_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_score_resolution_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_score_resolution_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A department's one objection (异议) to its published result, and the lead inspector's answer.
CREATE TABLE objection (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    period_id         BIGINT         NOT NULL,
    department_id     BIGINT         NOT NULL,
    text              VARCHAR(2000)  NOT NULL,
    filed_by_name     VARCHAR(60)    NOT NULL,
    filed_at          DATETIME       NOT NULL,
    outcome           VARCHAR(16)    NULL,
    answer            VARCHAR(2000)  NULL,
    answered_by_name  VARCHAR(60)    NULL,
    answered_at       DATETIME       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_objection UNIQUE (period_id, department_id),
    CONSTRAINT fk_objection_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_objection_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Locked results. Revision 1 is the lock; a correction adds revision 2, 3 … with its reason (and, for a correction
-- of one indicator, which one and from what to what); no revision is ever changed.
CREATE TABLE result_revision (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    period_id        BIGINT         NOT NULL,
    revision_no      INT            NOT NULL,
    reason           VARCHAR(1000)  NOT NULL,
    department_id    BIGINT         NULL,
    indicator_id     BIGINT         NULL,
    old_value        DECIMAL(8, 2)  NULL,
    new_value        DECIMAL(8, 2)  NULL,
    created_by_name  VARCHAR(60)    NOT NULL,
    created_at       DATETIME       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_result_revision UNIQUE (period_id, revision_no),
    CONSTRAINT fk_result_revision_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_result_revision_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_result_revision_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE period_result (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    revision_id    BIGINT         NOT NULL,
    department_id  BIGINT         NOT NULL,
    total          DECIMAL(7, 2)  NOT NULL,
    rank_no        INT            NOT NULL,
    grade          VARCHAR(16)    NOT NULL,
    vetoed         BOOLEAN        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_period_result UNIQUE (revision_id, department_id),
    KEY ix_period_result_department (department_id),
    CONSTRAINT fk_period_result_revision FOREIGN KEY (revision_id) REFERENCES result_revision (id),
    CONSTRAINT fk_period_result_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every category of a locked result: the weight it carried (after redistribution) and what it earned.
CREATE TABLE period_result_category (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    result_id    BIGINT         NOT NULL,
    category_id  BIGINT         NOT NULL,
    rated        BOOLEAN        NOT NULL,
    weight       DECIMAL(7, 2)  NOT NULL,
    earned       DECIMAL(8, 2)  NOT NULL,
    deductions   DECIMAL(8, 2)  NOT NULL,
    bonuses      DECIMAL(8, 2)  NOT NULL,
    score        DECIMAL(8, 2)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_period_result_category UNIQUE (result_id, category_id),
    CONSTRAINT fk_period_result_category_result FOREIGN KEY (result_id) REFERENCES period_result (id),
    CONSTRAINT fk_period_result_category_category FOREIGN KEY (category_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every indicator of a locked result: the value, how it was arrived at, how many scored it, and for a measured
-- indicator what was measured (a rate and the number of items, or a count).
CREATE TABLE period_result_line (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    result_id     BIGINT          NOT NULL,
    indicator_id  BIGINT          NOT NULL,
    value         DECIMAL(8, 2)   NULL,
    basis         VARCHAR(16)     NOT NULL,
    scorers       INT             NOT NULL,
    spread        BOOLEAN         NOT NULL,
    measured      DECIMAL(10, 4)  NULL,
    volume        INT             NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_period_result_line UNIQUE (result_id, indicator_id),
    CONSTRAINT fk_period_result_line_result FOREIGN KEY (result_id) REFERENCES period_result (id),
    CONSTRAINT fk_period_result_line_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The annual assessment (年度考核) of a year: a weighted roll-up of the year's locked periods plus the effects of
-- the year's bulletins, ranked and graded like a period. Its rules are copied from the configuration when it is
-- created; its results are locked as revisions like a period's.
CREATE TABLE annual_assessment (
    id                       BIGINT         NOT NULL AUTO_INCREMENT,
    year_no                  INT            NOT NULL,
    state                    VARCHAR(16)    NOT NULL,
    commendation_points      DECIMAL(5, 2)  NOT NULL,
    criticism_points         DECIMAL(5, 2)  NOT NULL,
    excellent_from           DECIMAL(5, 2)  NOT NULL,
    good_from                DECIMAL(5, 2)  NOT NULL,
    pass_from                DECIMAL(5, 2)  NOT NULL,
    excellent_quota_percent  INT            NULL,
    revision                 INT            NOT NULL DEFAULT 0,
    created_by_name          VARCHAR(60)    NOT NULL,
    created_at               DATETIME       NOT NULL,
    updated_at               DATETIME       NOT NULL,
    version                  INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_assessment_year UNIQUE (year_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The periods an annual assessment rolls up, each with its weight.
CREATE TABLE annual_period (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    annual_id   BIGINT         NOT NULL,
    period_id   BIGINT         NOT NULL,
    weight      DECIMAL(6, 2)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_period UNIQUE (annual_id, period_id),
    CONSTRAINT fk_annual_period_annual FOREIGN KEY (annual_id) REFERENCES annual_assessment (id),
    CONSTRAINT fk_annual_period_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_revision (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    annual_id        BIGINT         NOT NULL,
    revision_no      INT            NOT NULL,
    reason           VARCHAR(1000)  NOT NULL,
    created_by_name  VARCHAR(60)    NOT NULL,
    created_at       DATETIME       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_revision UNIQUE (annual_id, revision_no),
    CONSTRAINT fk_annual_revision_annual FOREIGN KEY (annual_id) REFERENCES annual_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_result (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    revision_id    BIGINT         NOT NULL,
    department_id  BIGINT         NOT NULL,
    periods        INT            NOT NULL,
    base           DECIMAL(7, 2)  NOT NULL,
    commendations  INT            NOT NULL,
    criticisms     INT            NOT NULL,
    effect         DECIMAL(7, 2)  NOT NULL,
    total          DECIMAL(7, 2)  NOT NULL,
    rank_no        INT            NOT NULL,
    grade          VARCHAR(16)    NOT NULL,
    vetoed         BOOLEAN        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_result UNIQUE (revision_id, department_id),
    CONSTRAINT fk_annual_result_revision FOREIGN KEY (revision_id) REFERENCES annual_revision (id),
    CONSTRAINT fk_annual_result_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The measured indicators (MetricRepository) count complaints by their handling deadline and by their reply in a
-- period (and the monthly statistics, V8, by key area too). The indexes carry the columns the queries read, so that
-- they are answered from the index alone: with only
-- (handle_due, department_id), MariaDB 10.11 read the whole table instead (0.7 s a query with 75,000 complaints; the
-- assessment benchmark in docs/performance.md).
CREATE INDEX ix_complaint_handle_due ON complaint (handle_due, department_id, key_area_id, state, rating_start);
CREATE INDEX ix_complaint_replied ON complaint (replied_at, department_id, key_area_id, rating, reopened);
CREATE INDEX ix_finding_rectify_due ON finding (rectify_due, department_id);
CREATE INDEX ix_review_task_reviewed ON review_task (reviewed_at);
