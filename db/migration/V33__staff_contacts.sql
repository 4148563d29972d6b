-- Issue 17: staff are told of new work and get a daily digest of their yellow and red items
-- (docs/notifications.md "To staff").

-- A staff account's optional work e-mail and mobile, and whether it wants the daily digest by each. New work is told
-- to whichever of the two the account has.
CREATE TABLE staff_contact (
    user_id       BIGINT        NOT NULL,
    email         VARCHAR(100)  NULL,
    mobile        VARCHAR(20)   NULL,
    digest_email  BOOLEAN       NOT NULL DEFAULT TRUE,
    digest_sms    BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at    DATETIME      NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_staff_contact_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The daily digest's run of a day: the node that inserts the row sends it; another node finds the row and does not,
-- unless the run was left unfinished for a long time (the node died), when it takes the run over. Each message's
-- event key (digest:<user>:<date>) keeps one message per person and day in any case.
CREATE TABLE staff_digest_day (
    day          DATE      NOT NULL,
    claimed_at   DATETIME  NOT NULL,
    finished_at  DATETIME  NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
