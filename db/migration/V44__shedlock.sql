-- Issue 19 (several nodes): ShedLock's lock rows, one per scheduled job that must run on one node at a time
-- (org.sunshine.base.cluster, docs/architecture.md "Several nodes"). ShedLock's own MySQL table, with DATETIME(3)
-- instead of TIMESTAMP(3): every value is written by the database as UTC_TIMESTAMP(3), so no time zone is applied,
-- and MariaDB's explicit_defaults_for_timestamp=OFF cannot give the column an ON UPDATE clause.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL,
    lock_until  DATETIME(3)  NOT NULL,
    locked_at   DATETIME(3)  NOT NULL,
    locked_by   VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
