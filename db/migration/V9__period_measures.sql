-- The measured data of a period as published (docs/architecture.md, "Publication freezes the measures"): the AUTO
-- indicators' values (on-time rate, satisfaction, ...) are taken once when the lead inspector publishes, so that a
-- rating or a reopening after publication changes neither what the departments were shown and answered nor what is
-- locked. A period published before this migration (measured_at NULL) is measured live, as it was.
ALTER TABLE assessment_period ADD COLUMN measured_at DATETIME NULL;

CREATE TABLE period_measure (
    period_id      BIGINT       NOT NULL,
    department_id  BIGINT       NOT NULL,
    metric         VARCHAR(32)  NOT NULL,
    measured       DOUBLE       NOT NULL,
    volume         BIGINT       NOT NULL,
    PRIMARY KEY (period_id, department_id, metric),
    CONSTRAINT fk_period_measure_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_period_measure_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
