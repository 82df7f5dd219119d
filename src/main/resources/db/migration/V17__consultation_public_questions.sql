-- Public questions on a consultation, asked without an account, moderated and answered by staff.
-- A question is shown on the consultation's page only when it is published and answered. The
-- asker's email (optional) is used only to tell them of the answer: it is deleted once they have
-- been told, and by a retention job a period after the consultation closes. A reason for
-- rejecting is kept for staff only. version guards against two members of staff acting at once.
CREATE TABLE consultation_question (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT        NOT NULL,
    request_key     VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    asked_at        DATETIME(6)   NOT NULL,
    language        VARCHAR(35)   NOT NULL,
    question_text   TEXT          NOT NULL,
    asker_email     VARCHAR(320)  NULL,
    status          VARCHAR(20)   NOT NULL DEFAULT 'NEW',
    reject_reason   VARCHAR(1000) NULL,
    merged_into_id  BIGINT        NULL,
    answered_at     DATETIME(6)   NULL,
    answered_by     VARCHAR(120)  NULL,
    told_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_consultation_question_request UNIQUE (request_key),
    CONSTRAINT fk_consultation_question_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_question_merged FOREIGN KEY (merged_into_id) REFERENCES consultation_question (id),
    CONSTRAINT ck_consultation_question_status CHECK (status IN ('NEW', 'PUBLISHED', 'REJECTED', 'MERGED')),
    CONSTRAINT ck_consultation_question_merged CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
    INDEX ix_consultation_question_shown (consultation_id, status, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answer's words, per language: field 'role' (who answers, e.g. "Consultant in emergency
-- medicine") and 'answer'.
CREATE TABLE consultation_question_text (
    question_id BIGINT      NOT NULL,
    field       VARCHAR(30) NOT NULL,
    language    VARCHAR(35) NOT NULL,
    value       TEXT        NOT NULL,
    PRIMARY KEY (question_id, field, language),
    CONSTRAINT fk_consultation_question_text_question FOREIGN KEY (question_id) REFERENCES consultation_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
