-- Issue 17: recovering a lost query code (找回查询码, docs/notifications.md "Recovering a query code").
-- One row per request for a one-time code, whether the phone or e-mail typed was given with a complaint or an
-- application or not: the code is sent only to a known contact, but a row is written either way, so that neither the
-- answer nor the time it takes tells the two apart. Neither the contact nor the code is stored: only salted SHA-256
-- hashes of them. A code lives 10 minutes, is used once, and allows a few attempts; rows are deleted after a day.
CREATE TABLE recovery_code (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    contact_hash  CHAR(64)     NOT NULL,
    code_hash     CHAR(64)     NOT NULL,
    salt          CHAR(32)     NOT NULL,
    created_at    DATETIME     NOT NULL,
    expires_at    DATETIME     NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    used_at       DATETIME     NULL,
    PRIMARY KEY (id),
    KEY ix_recovery_code_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Finding the items of a contact: the phone compared as its digits reads only these indexes, not the tables' rows.
CREATE INDEX ix_complaint_phone ON complaint (complainant_phone);
CREATE INDEX ix_info_request_phone ON info_request (phone);
CREATE INDEX ix_info_request_email ON info_request (email);
