-- Issue 14: sign-in lockouts per account and client address, and the end of every session of an account.

-- Wrong passwords for one account from one client address (docs/architecture.md, "Sign-in and sessions"). Every
-- max-failed-logins-th of them locks the account for that address only, for a time that doubles with each lock.
-- A right password from the address, or an administrator, deletes the row.
CREATE TABLE login_lockout (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    user_id         BIGINT      NOT NULL,
    client_address  VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL,
    first_failed_at DATETIME    NOT NULL,
    last_failed_at  DATETIME    NOT NULL,
    locked_at       DATETIME    NULL,
    locked_until    DATETIME    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_login_lockout UNIQUE (user_id, client_address),
    KEY ix_login_lockout_until (locked_until),
    CONSTRAINT fk_login_lockout_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The account-wide counter and lock are replaced by the table above.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;

-- Raised when the password is reset or changed or the account is disabled: a session signed in under an older
-- value is over at its next request, on every application node.
ALTER TABLE app_user ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
