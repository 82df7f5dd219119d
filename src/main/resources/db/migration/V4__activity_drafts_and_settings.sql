-- Staff write activities as drafts first: a draft has no publication time yet.
ALTER TABLE activity MODIFY published_at DATETIME(6) NULL;

-- Rules an administrator can change, such as "publish Welsh at the same time as English".
CREATE TABLE site_setting (
    name       VARCHAR(60)  NOT NULL PRIMARY KEY,
    value      VARCHAR(200) NOT NULL,
    updated_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO site_setting (name, value, updated_at) VALUES ('welsh-required-to-publish', 'true', UTC_TIMESTAMP(6));
