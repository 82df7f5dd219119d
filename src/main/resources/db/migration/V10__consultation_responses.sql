-- Responses to a consultation's questionnaire. A response has a short reference a person can
-- read out (no look-alike characters) and the key of the request that sent it, so the same
-- request sent twice (a double click, a resubmit) makes one response.
CREATE TABLE consultation_response (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    reference       VARCHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_key     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    submitted_at    DATETIME(6) NOT NULL,
    language        VARCHAR(35) NOT NULL,
    channel         VARCHAR(20) NOT NULL DEFAULT 'online',
    CONSTRAINT uk_consultation_response_reference UNIQUE (reference),
    CONSTRAINT uk_consultation_response_request UNIQUE (request_key),
    CONSTRAINT fk_consultation_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT ck_consultation_response_channel CHECK (channel IN ('online'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_consultation_response_consultation ON consultation_response (consultation_id, submitted_at);

-- One row per question answered. Choices are option codes or fixed scale values (never words in
-- a language): one code, several codes in the question's order (a ranking: first choice first),
-- or statement=point pairs (a grid), separated by commas. Text (typed, or "Other, please say")
-- is kept as typed and always shown as text.
CREATE TABLE consultation_answer (
    response_id  BIGINT        NOT NULL,
    question_id  BIGINT        NOT NULL,
    codes        VARCHAR(2000) NULL,
    text_value   TEXT          NULL,
    number_value BIGINT        NULL,
    date_value   DATE          NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_consultation_answer_response FOREIGN KEY (response_id) REFERENCES consultation_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_answer_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
