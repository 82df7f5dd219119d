-- An email is claimed before its SMTP conversation, in a transaction of its own that commits at
-- once: status SENDING, claimed_by (one sending's random token) and claimed_until (the lease). It
-- is then sent with no transaction open and marked SENT (or back to PENDING after a failure) only
-- by the sending that holds the claim. An application killed mid-send leaves the email SENDING;
-- once the lease has run out any node claims it again and sends it, so nothing queued is lost and
-- a batch is never sent again because one email in it failed to commit.
ALTER TABLE email_outbox DROP CONSTRAINT ck_email_outbox_status;
ALTER TABLE email_outbox
    ADD COLUMN claimed_by    VARCHAR(36) NULL,
    ADD COLUMN claimed_until DATETIME(6) NULL,
    ADD CONSTRAINT ck_email_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    ADD CONSTRAINT ck_email_outbox_claim CHECK (status <> 'SENDING' OR (claimed_by IS NOT NULL AND claimed_until IS NOT NULL)),
    ADD INDEX ix_email_outbox_claims (status, claimed_until);
