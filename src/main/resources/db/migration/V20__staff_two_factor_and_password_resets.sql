-- Staff two-factor sign-in (TOTP, RFC 6238) and password resets.
-- totp_secret: the shared key, base32, set once the person has confirmed a first code (NULL: not enrolled).
-- totp_last_step: the last time step whose code was accepted, so one code is never accepted twice.
-- must_change_password: set by an administrator's reset; the person changes it at the next sign-in.
-- Secrets and codes compare byte for byte (ascii_bin), as V7 set out.
ALTER TABLE staff_account
    ADD COLUMN totp_secret          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN totp_enrolled_at     DATETIME(6) NULL,
    ADD COLUMN totp_last_step       BIGINT      NULL,
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN password_changed_at  DATETIME(6) NULL;

-- Single-use recovery codes, stored only as hashes (SHA-256 of the normalised code, hex).
CREATE TABLE staff_recovery_code (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_account_id BIGINT       NOT NULL,
    code_hash        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    used_at          DATETIME(6)  NULL,
    CONSTRAINT fk_staff_recovery_code_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE,
    CONSTRAINT uk_staff_recovery_code UNIQUE (staff_account_id, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
