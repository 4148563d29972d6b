-- Full-text search (docs/architecture.md, "Search"): each application node keeps a Lucene index on its own disk and
-- catches up from the rows whose updated_at is past its last position. The complaints have that index (V8); the
-- findings, their rectifications and the applications get it here.
CREATE INDEX ix_finding_updated ON finding (updated_at);
CREATE INDEX ix_rectification_updated ON rectification (updated_at);
CREATE INDEX ix_info_request_updated ON info_request (updated_at);

-- A rebuild asked for by an administrator: every node compares the latest id with the one its index was built for
-- and rebuilds its own when it is behind. The first row names the database (token), so that a node's index made from
-- another database is never used.
CREATE TABLE search_rebuild (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    token         CHAR(36)      NOT NULL,
    requested_at  DATETIME      NOT NULL,
    requested_by  VARCHAR(60)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
