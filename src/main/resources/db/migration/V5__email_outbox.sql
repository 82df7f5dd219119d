-- Outgoing email, written in the same transaction as the change it tells someone about, and
-- sent afterwards with retries: a mail server that is down loses nothing.
CREATE TABLE email_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at      DATETIME(6)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    language        VARCHAR(12)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       MEDIUMTEXT    NOT NULL,
    html_body       MEDIUMTEXT    NULL,
    attachment_name VARCHAR(200)  NULL,
    attachment_type VARCHAR(100)  NULL,
    attachment      MEDIUMBLOB    NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT ck_email_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    INDEX ix_email_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
