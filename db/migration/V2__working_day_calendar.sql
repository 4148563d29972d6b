-- The working-day calendar: dates that differ from the Monday-to-Friday rule (holidays, and weekend days that
-- are make-up workdays), and which years have the State Council's schedule loaded.

CREATE TABLE calendar_day (
    day         DATE        NOT NULL,
    off_day     BOOLEAN     NOT NULL,
    name        VARCHAR(40) NOT NULL DEFAULT '',
    source      VARCHAR(16) NOT NULL,
    updated_at  DATETIME    NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_year (
    year        INT          NOT NULL,
    source      VARCHAR(300) NOT NULL DEFAULT '',
    day_count   INT          NOT NULL,
    loaded_at   DATETIME     NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
