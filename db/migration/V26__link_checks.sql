-- Issue 16: the dead-link checker of the disclosure records' URLs (proactive.LinkChecker). A run claims a batch of
-- records (link_claim, until link_claimed_until) so that two application instances never check one record at once;
-- link_fail_days counts the different days of the current run of failures (DEAD after enough of them); a DEAD
-- candidate the inspector confirmed points at its finding (link_finding_id), so it is filed once.

ALTER TABLE disclosure_record ADD COLUMN link_fail_days INT NOT NULL DEFAULT 0;
ALTER TABLE disclosure_record ADD COLUMN link_claim VARCHAR(36) NULL;
ALTER TABLE disclosure_record ADD COLUMN link_claimed_until DATETIME NULL;
ALTER TABLE disclosure_record ADD COLUMN link_finding_id BIGINT NULL;
ALTER TABLE disclosure_record ADD CONSTRAINT fk_disclosure_record_link_finding FOREIGN KEY (link_finding_id)
    REFERENCES finding (id);
CREATE INDEX ix_disclosure_record_link_claim ON disclosure_record (link_claim);

-- One row per scheduled run of the checker (any instance), for the "last run" line; rows older than 30 days go.
CREATE TABLE link_check_run (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    started_at   DATETIME    NOT NULL,
    finished_at  DATETIME    NOT NULL,
    -- the URLs checked, those that failed, and those that became DEAD in this run
    checked      INT         NOT NULL,
    failed       INT         NOT NULL,
    became_dead  INT         NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_link_check_run_finished ON link_check_run (finished_at);
