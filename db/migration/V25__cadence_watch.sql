-- Issue 16 (cadence): when the cadence of a responsibility item began to be watched, and which miss the inspector
-- turned into which finding (one finding per miss: an overdue window of an item for a lead department, or a late
-- record).

-- The first day from which the item's cadence is watched: set when the cadence is chosen (today unless the
-- administrator gives another day); the first window watched is the first that starts on or after it.
ALTER TABLE responsibility_item ADD COLUMN cadence_since DATE NULL;

CREATE TABLE disclosure_miss_finding (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    -- WINDOW: no record of the item by the department in a window (item, department, window_start);
    -- LATE: a record published after its deadline (record_id)
    kind          VARCHAR(8)  NOT NULL,
    item_id       BIGINT      NULL,
    department_id BIGINT      NOT NULL,
    window_start  DATE        NULL,
    record_id     BIGINT      NULL,
    finding_id    BIGINT      NOT NULL,
    created_at    DATETIME    NOT NULL,
    PRIMARY KEY (id),
    -- a NULL in a unique key never collides: a window's row has no record, a late record's row no window
    CONSTRAINT uk_disclosure_miss_window UNIQUE (item_id, department_id, window_start),
    CONSTRAINT uk_disclosure_miss_record UNIQUE (record_id),
    CONSTRAINT fk_disclosure_miss_item FOREIGN KEY (item_id) REFERENCES responsibility_item (id),
    CONSTRAINT fk_disclosure_miss_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_disclosure_miss_record FOREIGN KEY (record_id) REFERENCES disclosure_record (id),
    CONSTRAINT fk_disclosure_miss_finding FOREIGN KEY (finding_id) REFERENCES finding (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The late records of a year (the monitor's list) and the records due in a period (the on-time rate, the metric
-- 主动公开及时率), read by deadline.
CREATE INDEX ix_disclosure_record_due ON disclosure_record (due_on, late, department_id);
