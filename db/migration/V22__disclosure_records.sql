-- Issue 16: the records of what each department published (主动公开, ../shared/docs/DISCLOSURE.md §4; docs/disclosure.md),
-- each against the working-day clock from the day the information was formed or changed, and the cadence of the
-- responsibility table's items.

-- How often an item must be published: MONTHLY, QUARTERLY, YEARLY, ON_CHANGE (随时: within the item's clock of each
-- change); NULL = no cadence is watched.
ALTER TABLE responsibility_item ADD COLUMN cadence VARCHAR(12) NULL;

CREATE TABLE disclosure_record (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    department_id       BIGINT         NOT NULL,
    title               VARCHAR(300)   NOT NULL,
    doc_number          VARCHAR(100)   NOT NULL DEFAULT '',
    -- the Art. 20 item, with the rows table 二 counts (RULE, NORMATIVE, LICENSING, PENALTY, ENFORCEMENT, FEE)
    category            VARCHAR(16)    NOT NULL,
    item_id             BIGINT         NULL,
    formed_on           DATE           NOT NULL,
    published_on        DATE           NOT NULL,
    -- the clock: clock_days working days from formed_on, recomputed when the calendar changes
    clock_days          INT            NOT NULL,
    due_on              DATE           NOT NULL,
    late                BOOLEAN        NOT NULL,
    channel             VARCHAR(16)    NOT NULL,
    channel_note        VARCHAR(60)    NOT NULL DEFAULT '',
    url                 VARCHAR(500)   NOT NULL DEFAULT '',
    -- 规章 and 行政规范性文件: in force from, repealed on
    issued_on           DATE           NULL,
    repealed_on         DATE           NULL,
    -- 行政事业性收费: the amount collected, in yuan
    fee_amount          DECIMAL(14, 2) NULL,
    import_batch        VARCHAR(36)    NULL,
    -- the dead-link checker: OK, FAILING (failed at least once since the last success), DEAD (failed on enough days)
    link_state          VARCHAR(12)    NOT NULL DEFAULT 'UNCHECKED',
    link_checked_at     DATETIME       NULL,
    link_failures       INT            NOT NULL DEFAULT 0,
    link_failing_since  DATETIME       NULL,
    link_error          VARCHAR(200)   NULL,
    created_by          BIGINT         NULL,
    created_at          DATETIME       NOT NULL,
    updated_at          DATETIME       NOT NULL,
    version             INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_disclosure_record_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_disclosure_record_item FOREIGN KEY (item_id) REFERENCES responsibility_item (id),
    CONSTRAINT fk_disclosure_record_user FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_disclosure_record_dates CHECK (published_on >= formed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_disclosure_record_department ON disclosure_record (department_id, published_on);
CREATE INDEX ix_disclosure_record_category ON disclosure_record (category, formed_on);
CREATE INDEX ix_disclosure_record_item ON disclosure_record (item_id, department_id, published_on);
CREATE INDEX ix_disclosure_record_formed ON disclosure_record (formed_on);
CREATE INDEX ix_disclosure_record_link ON disclosure_record (link_state, link_checked_at);

-- A finding about a record (a late one, a dead link; attached by the supervisor or the inspector who files it).
ALTER TABLE finding ADD COLUMN disclosure_record_id BIGINT NULL;
ALTER TABLE finding ADD CONSTRAINT fk_finding_disclosure_record FOREIGN KEY (disclosure_record_id)
    REFERENCES disclosure_record (id);
