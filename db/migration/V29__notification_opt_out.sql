-- Issue 17: who asked not to be told any more (docs/notifications.md, "Opt-out"): an e-mail address through the link
-- in every e-mail, a mobile number through the SMS gateway's report of a 回T退订 reply. One row per channel and address
-- (normalised as in notification_outbox.recipient).
CREATE TABLE notification_opt_out (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    channel      VARCHAR(8)   NOT NULL,
    address      VARCHAR(254) NOT NULL,
    -- LINK (the e-mail's page) or SMS_REPLY (the gateway's callback)
    source       VARCHAR(12)  NOT NULL,
    opted_out_at DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_opt_out UNIQUE (channel, address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key that signs the opt-out links (HMAC-SHA256), made once by the first instance that needs it, so that every
-- instance signs alike and nothing has to be configured.
CREATE TABLE notification_key (
    name       VARCHAR(40)  NOT NULL,
    secret     VARCHAR(100) NOT NULL,
    created_at DATETIME     NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
