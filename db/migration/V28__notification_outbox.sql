-- Issue 17: the notification outbox (org.sunshine.notification, docs/notifications.md). A notice is written here in the
-- transaction of the step that caused it, one row per channel (EMAIL, SMS), its texts rendered at once; a scheduled
-- sender sends it after commit. One row per event key and channel: an event seen twice is told once (the second
-- INSERT is ON DUPLICATE KEY UPDATE id = id, which neither fails nor changes the first row).
CREATE TABLE notification_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    event_key       VARCHAR(120) NOT NULL,
    -- EMAIL or SMS
    channel         VARCHAR(8)   NOT NULL,
    -- the e-mail address (lower case) or the mobile number (digits, +86 dropped)
    recipient       VARCHAR(254) NOT NULL,
    template        VARCHAR(80)  NOT NULL,
    locale          VARCHAR(8)   NOT NULL,
    -- the notice's arguments as a JSON array of strings (an SMS gateway's template parameters, shortened to fit)
    args            TEXT         NOT NULL,
    -- a one-time code the person asked for: sent even to a contact who opted out
    requested       BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the e-mail's subject (NULL for an SMS) and the text as sent
    subject         VARCHAR(300) NULL,
    body            TEXT         NOT NULL,
    -- PENDING, SENT, FAILED or SKIPPED (with skip_reason: NOT_CONFIGURED, OPTED_OUT, INVALID_ADDRESS, NO_TEXT)
    state           VARCHAR(10)  NOT NULL,
    skip_reason     VARCHAR(20)  NULL,
    -- the adapter that sent it (SMTP, GATEWAY, DEVELOPMENT) and the provider's message id
    provider        VARCHAR(12)  NULL,
    provider_ref    VARCHAR(100) NULL,
    -- attempts started; the next one is due at next_attempt_at (exponential back-off)
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME     NULL,
    -- a sender run's claim (like disclosure_record.link_claim): no other run sends the row until claimed_until
    claim           VARCHAR(36)  NULL,
    claimed_until   DATETIME     NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME     NOT NULL,
    sent_at         DATETIME     NULL,
    updated_at      DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_outbox_event UNIQUE (event_key, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_outbox_due ON notification_outbox (state, next_attempt_at);
CREATE INDEX ix_notification_outbox_claim ON notification_outbox (claim);
CREATE INDEX ix_notification_outbox_created ON notification_outbox (created_at);
