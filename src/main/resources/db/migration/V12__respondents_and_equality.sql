-- "About you": who responded, all optional. A response given anonymously has no name or email.
-- responding_as is 'self' or 'organisation' (then organisation_name is given); supported is
-- true when someone helped the person respond, with who helped (support_by) and how
-- (support_how) as comma-separated, language-neutral codes.
ALTER TABLE consultation_response
    ADD COLUMN respondent_name   VARCHAR(200) NULL,
    ADD COLUMN respondent_email  VARCHAR(320) NULL,
    ADD COLUMN responding_as     VARCHAR(20)  NULL,
    ADD COLUMN organisation_name VARCHAR(200) NULL,
    ADD COLUMN supported         BOOLEAN      NULL,
    ADD COLUMN support_by        VARCHAR(300) NULL,
    ADD COLUMN support_how       VARCHAR(300) NULL,
    ADD CONSTRAINT ck_consultation_response_as CHECK (responding_as IS NULL OR responding_as IN ('self', 'organisation'));

-- Equality monitoring, stored apart from responses: a record has a random id, the consultation
-- and the day only (no response id, no reference, no time of day, no sequence number), so
-- nobody can link it back to a response. Written in the same transaction as the response.
CREATE TABLE equality_record (
    id              CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    consultation_id BIGINT   NOT NULL,
    recorded_on     DATE     NOT NULL,
    CONSTRAINT fk_equality_record_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_equality_record_consultation ON equality_record (consultation_id);

-- One row per category chosen (a question with several answers, such as national identity,
-- has several rows). Questions and categories are language-neutral codes.
CREATE TABLE equality_answer (
    record_id CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    question  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    category  VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (record_id, question, category),
    CONSTRAINT fk_equality_answer_record FOREIGN KEY (record_id) REFERENCES equality_record (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
