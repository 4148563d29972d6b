-- Foundation: the directory (departments, key areas, responsibility table), users and the audit log.
-- One set of migrations for MySQL 8, MariaDB 10.11+/11.4 and TiDB: no vendor-only syntax (docs/architecture.md).
-- Timestamps are whole seconds, stored as DATETIME in the connection's time zone.

CREATE TABLE department (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    short_name  VARCHAR(40)  NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    parent_id   BIGINT       NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME     NOT NULL,
    updated_at  DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_code UNIQUE (code),
    CONSTRAINT uk_department_name UNIQUE (name),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE key_area (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    code               VARCHAR(32)   NOT NULL,
    name               VARCHAR(100)  NOT NULL,
    description        VARCHAR(1000) NOT NULL DEFAULT '',
    lead_department_id BIGINT        NULL,
    sort_order         INT           NOT NULL DEFAULT 0,
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at         DATETIME      NOT NULL,
    updated_at         DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_key_area_code UNIQUE (code),
    CONSTRAINT uk_key_area_name UNIQUE (name),
    CONSTRAINT fk_key_area_lead FOREIGN KEY (lead_department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 责任分解表: what must be disclosed, by whom, on which clock.
CREATE TABLE responsibility_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    seq_no             INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    category           VARCHAR(16)   NOT NULL,
    clock_days         INT           NOT NULL,
    key_area_id        BIGINT        NULL,
    duty_note          VARCHAR(200)  NOT NULL DEFAULT '',
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at         DATETIME      NOT NULL,
    updated_at         DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_responsibility_seq UNIQUE (seq_no),
    CONSTRAINT fk_responsibility_area FOREIGN KEY (key_area_id) REFERENCES key_area (id),
    CONSTRAINT ck_responsibility_clock CHECK (clock_days BETWEEN 1 AND 365)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- LEAD (牵头) or CO (配合) departments of a responsibility item.
CREATE TABLE responsibility_department (
    item_id       BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    duty          VARCHAR(8)  NOT NULL,
    PRIMARY KEY (item_id, department_id),
    CONSTRAINT fk_resp_dept_item FOREIGN KEY (item_id) REFERENCES responsibility_item (id),
    CONSTRAINT fk_resp_dept_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(40)  NOT NULL,
    display_name        VARCHAR(60)  NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    department_id       BIGINT       NULL,
    password_hash       VARCHAR(255) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME     NULL,
    last_login_at       DATETIME     NULL,
    password_changed_at DATETIME     NOT NULL,
    created_at          DATETIME     NOT NULL,
    updated_at          DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what, when: sign-ins, lockouts, administration, and (later) every view of unmasked personal data.
CREATE TABLE audit_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME      NOT NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(60)   NOT NULL,
    action       VARCHAR(48)   NOT NULL,
    target_type  VARCHAR(48)   NOT NULL DEFAULT '',
    target_id    VARCHAR(64)   NOT NULL DEFAULT '',
    detail       VARCHAR(1000) NOT NULL DEFAULT '',
    client_ip    VARCHAR(45)   NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_audit_log_time (occurred_at),
    KEY ix_audit_log_actor (actor_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
