-- Answers given so far in a question journey (a booking, a consultation response), saved the
-- moment each is given, so a journey survives its visitor's server session ending, a restart or
-- another app node. The browser finds its draft by a secret random key (192 bits, base64url) in
-- an HttpOnly cookie; the key compares byte for byte (ascii_bin, see V7).
--
-- The answers are one JSON object (answer name -> text, and the pages answered): a journey's
-- questions come from data (a questionnaire), so per-question columns cannot exist; the engine
-- never queries inside the answers, and one row is read and written whole, once per page.
CREATE TABLE journey_draft (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_key    VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind         VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject      VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    answers      LONGTEXT      NOT NULL,
    outcome      VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6)   NULL,
    CONSTRAINT uq_journey_draft_key UNIQUE (draft_key),
    CONSTRAINT ck_journey_draft_answers CHECK (JSON_VALID(answers)),
    INDEX ix_journey_draft_kind_updated (kind, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
