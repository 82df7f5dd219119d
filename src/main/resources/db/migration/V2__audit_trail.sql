-- The audit trail: an append-only record of engagement activity. Each entry carries the
-- SHA-256 of its own contents and the hash of the entry before it, so editing, deleting or
-- inserting a row shows when the chain is verified. The application only ever inserts here.

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)   NOT NULL,
    actor_type    VARCHAR(20)   NOT NULL,
    -- staff username; NULL for a member of the public (no personal data) and for the system
    actor_name    VARCHAR(120)  NULL,
    action        VARCHAR(60)   NOT NULL,
    record_type   VARCHAR(60)   NULL,
    record_id     VARCHAR(120)  NULL,
    activity_slug VARCHAR(120)  NULL,
    summary       VARCHAR(1000) NOT NULL,
    previous_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hash          CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    CONSTRAINT uk_audit_entry_hash UNIQUE (hash),
    CONSTRAINT ck_audit_entry_actor_type CHECK (actor_type IN ('STAFF', 'PUBLIC', 'SYSTEM')),
    INDEX ix_audit_entry_occurred_at (occurred_at),
    INDEX ix_audit_entry_action (action, occurred_at),
    INDEX ix_audit_entry_actor_name (actor_name, occurred_at),
    INDEX ix_audit_entry_activity_slug (activity_slug, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The end of the chain, in a single row. Appending locks this row (SELECT ... FOR UPDATE), so
-- appends from every application node queue up and form one chain; the entry ids are handed
-- out here too, one after the other. It starts at the genesis hash: 64 zeros.
CREATE TABLE audit_head (
    id            TINYINT  NOT NULL PRIMARY KEY,
    last_entry_id BIGINT   NULL,
    last_hash     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    CONSTRAINT ck_audit_head_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_head (id, last_entry_id, last_hash) VALUES (1, NULL, REPEAT('0', 64));
