-- Statistics for the leadership dashboard, the public scoreboard and the open data (issue 7; docs/architecture.md,
-- "Statistics"). Complaints are summed by month, department and key area into a table the screens read instead of
-- the complaint table itself (a year is about a million complaints); a job refreshes the months that changed.

-- One row per month, department (0: not routed yet) and key area (0: none). Each count says which date puts a
-- complaint in the month: received by its submission, due and due_on_time by its handling deadline (counted once the
-- deadline has passed or it was replied), replied and reopened and the ratings by its last reply.
CREATE TABLE complaint_month_stats (
    month_start    DATE    NOT NULL,
    department_id  BIGINT  NOT NULL,
    key_area_id    BIGINT  NOT NULL,
    received       INT     NOT NULL,
    due            INT     NOT NULL,
    due_on_time    INT     NOT NULL,
    replied        INT     NOT NULL,
    reopened       INT     NOT NULL,
    satisfied      INT     NOT NULL,
    basic          INT     NOT NULL,
    dissatisfied   INT     NOT NULL,
    PRIMARY KEY (month_start, department_id, key_area_id),
    KEY ix_complaint_month_stats_department (department_id, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where the refresh got to: complaints changed after the watermark are looked at on the next run.
CREATE TABLE statistics_refresh (
    name          VARCHAR(40)  NOT NULL,
    watermark     DATETIME     NOT NULL,
    refreshed_at  DATETIME     NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The months a refresh recomputes are found from the complaints changed since the watermark; a month's received
-- complaints are counted from this index alone (it replaces the index on submitted_at alone).
CREATE INDEX ix_complaint_updated ON complaint (updated_at);
DROP INDEX ix_complaint_submitted ON complaint;
CREATE INDEX ix_complaint_submitted_area ON complaint (submitted_at, department_id, key_area_id);

-- What is overdue now is read from the open complaints: their state, department and both deadlines from the index
-- (it replaces the index on state and department alone).
DROP INDEX ix_complaint_state_department ON complaint;
CREATE INDEX ix_complaint_state_department ON complaint (state, department_id, handle_due, accept_due);
