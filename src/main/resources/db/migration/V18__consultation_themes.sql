-- Themes staff give the free-text answers of a consultation, and the short quotes they pick for
-- the outcome. A theme belongs to one consultation; its name is unique there whatever the case:
-- name_key is the name in lower case (worked out by the application), compared byte for byte, so
-- "Parking" and "parking" clash but "Mwy" and "Mŵy" do not (the table's collation would equate them).
CREATE TABLE consultation_theme (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    name            VARCHAR(120) NOT NULL,
    name_key        VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    description     VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(120) NOT NULL,
    CONSTRAINT uk_consultation_theme_name UNIQUE (consultation_id, name_key),
    CONSTRAINT fk_consultation_theme_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A free-text answer (a row of consultation_answer, which is keyed by response and question) in a
-- theme, with who tagged it and when. An answer leaves its themes when its response is deleted.
CREATE TABLE consultation_theme_tag (
    theme_id    BIGINT       NOT NULL,
    response_id BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    tagged_at   DATETIME(6)  NOT NULL,
    tagged_by   VARCHAR(120) NOT NULL,
    PRIMARY KEY (theme_id, response_id, question_id),
    INDEX ix_consultation_theme_tag_answer (response_id, question_id),
    CONSTRAINT fk_consultation_theme_tag_theme FOREIGN KEY (theme_id) REFERENCES consultation_theme (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_theme_tag_answer FOREIGN KEY (response_id, question_id)
        REFERENCES consultation_answer (response_id, question_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A quote: an excerpt of one answer in the theme, exactly as the person wrote it, picked for the
-- outcome report, with who picked it and when. It hangs on the answer's tag, so it goes when the
-- answer is taken out of the theme.
CREATE TABLE consultation_theme_quote (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    theme_id    BIGINT       NOT NULL,
    response_id BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    excerpt     VARCHAR(500) NOT NULL,
    picked_at   DATETIME(6)  NOT NULL,
    picked_by   VARCHAR(120) NOT NULL,
    INDEX ix_consultation_theme_quote_theme (theme_id, picked_at),
    CONSTRAINT fk_consultation_theme_quote_tag FOREIGN KEY (theme_id, response_id, question_id)
        REFERENCES consultation_theme_tag (theme_id, response_id, question_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
