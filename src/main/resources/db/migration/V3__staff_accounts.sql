-- Staff who run the back office. Passwords are stored only as adaptive hashes ({bcrypt}...).
CREATE TABLE staff_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(120) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_account_username UNIQUE (username),
    CONSTRAINT ck_staff_account_role CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'ANALYST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
