-- Consultations and reusable questionnaires. Staff-written words are not columns: each lives as a
-- row of a text table keyed by what it belongs to (owner kind and id), which field it is and the
-- language tag, so a third language (or a new translated field) needs no schema change.

-- A questionnaire: sections (each with an introduction) of questions, used by a consultation now
-- and by surveys later. Codes are stable names inside their parent that answers can refer to.
CREATE TABLE questionnaire (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(120) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_questionnaire_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE questionnaire_section (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    questionnaire_id BIGINT      NOT NULL,
    position         INT         NOT NULL,
    code             VARCHAR(60) NOT NULL,
    CONSTRAINT uk_questionnaire_section_code UNIQUE (questionnaire_id, code),
    CONSTRAINT uk_questionnaire_section_position UNIQUE (questionnaire_id, position),
    CONSTRAINT fk_questionnaire_section_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- position orders questions across the whole questionnaire ("Question 3 of 12"). A question may
-- be shown only when an earlier question's answer includes shown_if_value (an option code, a
-- scale point, or yes / no / not-sure).
CREATE TABLE question (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    questionnaire_id     BIGINT      NOT NULL,
    section_id           BIGINT      NOT NULL,
    position             INT         NOT NULL,
    code                 VARCHAR(60) NOT NULL,
    type                 VARCHAR(30) NOT NULL,
    optional             BOOLEAN     NOT NULL DEFAULT FALSE,
    other_allowed        BOOLEAN     NOT NULL DEFAULT FALSE,
    min_choices          INT         NULL,
    max_choices          INT         NULL,
    max_length           INT         NULL,
    min_value            BIGINT      NULL,
    max_value            BIGINT      NULL,
    earliest_date        DATE        NULL,
    latest_date          DATE        NULL,
    shown_if_question_id BIGINT      NULL,
    shown_if_value       VARCHAR(60) NULL,
    CONSTRAINT uk_question_code UNIQUE (questionnaire_id, code),
    CONSTRAINT uk_question_position UNIQUE (questionnaire_id, position),
    CONSTRAINT fk_question_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_section FOREIGN KEY (section_id) REFERENCES questionnaire_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_shown_if FOREIGN KEY (shown_if_question_id) REFERENCES question (id),
    CONSTRAINT ck_question_type CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_TEXT', 'LONG_TEXT',
        'AGREEMENT_SCALE', 'YES_NO_NOT_SURE', 'RANKING', 'AGREEMENT_GRID', 'NUMBER', 'DATE')),
    CONSTRAINT ck_question_choices CHECK (min_choices IS NULL OR max_choices IS NULL OR min_choices <= max_choices),
    CONSTRAINT ck_question_values CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value),
    CONSTRAINT ck_question_length CHECK (max_length IS NULL OR max_length >= 1),
    CONSTRAINT ck_question_condition CHECK ((shown_if_question_id IS NULL) = (shown_if_value IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The options of a choice or ranking question, or the statements of a grid.
CREATE TABLE question_option (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    code        VARCHAR(60) NOT NULL,
    CONSTRAINT uk_question_option_code UNIQUE (question_id, code),
    CONSTRAINT uk_question_option_position UNIQUE (question_id, position),
    CONSTRAINT fk_question_option_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- owner_kind: QUESTIONNAIRE, SECTION, QUESTION, OPTION; field: title, introduction, text, help...
CREATE TABLE questionnaire_text (
    questionnaire_id BIGINT      NOT NULL,
    owner_kind       VARCHAR(20) NOT NULL,
    owner_id         BIGINT      NOT NULL,
    field            VARCHAR(30) NOT NULL,
    language         VARCHAR(35) NOT NULL,
    value            TEXT        NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, field, language),
    INDEX ix_questionnaire_text_questionnaire (questionnaire_id, language),
    CONSTRAINT fk_questionnaire_text_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A consultation is an activity of type CONSULTATION with these details. opens_at and closes_at
-- are when responses are accepted: 12 weeks unless a shorter-period reason is written (a text).
CREATE TABLE consultation (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id          BIGINT      NOT NULL,
    questionnaire_id     BIGINT      NULL,
    opens_at             DATETIME(6) NOT NULL,
    closes_at            DATETIME(6) NOT NULL,
    decision_expected_on DATE        NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_consultation_activity UNIQUE (activity_id),
    CONSTRAINT fk_consultation_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT ck_consultation_dates CHECK (closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The stage timeline with dates (ends_on empty for a stage with no end date yet).
CREATE TABLE consultation_stage (
    consultation_id BIGINT      NOT NULL,
    stage           VARCHAR(30) NOT NULL,
    starts_on       DATE        NOT NULL,
    ends_on         DATE        NULL,
    PRIMARY KEY (consultation_id, stage),
    CONSTRAINT fk_consultation_stage_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT ck_consultation_stage_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Options or proposals (texts: title, summary, impact).
CREATE TABLE consultation_option (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    position        INT         NOT NULL,
    code            VARCHAR(60) NOT NULL,
    CONSTRAINT uk_consultation_option_code UNIQUE (consultation_id, code),
    CONSTRAINT fk_consultation_option_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Documents (texts: title, description), each with the formats it exists in.
CREATE TABLE consultation_document (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    position        INT         NOT NULL,
    code            VARCHAR(60) NOT NULL,
    published_on    DATE        NOT NULL,
    CONSTRAINT uk_consultation_document_code UNIQUE (consultation_id, code),
    CONSTRAINT fk_consultation_document_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_document_format (
    document_id BIGINT       NOT NULL,
    format      VARCHAR(20)  NOT NULL,
    url         VARCHAR(500) NULL,
    PRIMARY KEY (document_id, format),
    CONSTRAINT fk_consultation_document_format_document FOREIGN KEY (document_id) REFERENCES consultation_document (id) ON DELETE CASCADE,
    CONSTRAINT ck_consultation_document_format CHECK (format IN ('PDF', 'EASY_READ', 'LARGE_PRINT', 'AUDIO', 'BSL_VIDEO', 'WELSH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dated updates when the proposals or information change (texts: title, text).
CREATE TABLE consultation_update (
    id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT NOT NULL,
    published_on    DATE   NOT NULL,
    CONSTRAINT fk_consultation_update_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    INDEX ix_consultation_update (consultation_id, published_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Events (other activities) linked to a consultation, in the order staff chose.
CREATE TABLE consultation_event (
    consultation_id BIGINT NOT NULL,
    activity_id     BIGINT NOT NULL,
    position        INT    NOT NULL,
    PRIMARY KEY (consultation_id, activity_id),
    CONSTRAINT fk_consultation_event_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_event_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- owner_kind: CONSULTATION (fields purpose, case_for_change, shorter_period_reason,
-- how_answers_used), OPTION, DOCUMENT, UPDATE.
CREATE TABLE consultation_text (
    consultation_id BIGINT      NOT NULL,
    owner_kind      VARCHAR(20) NOT NULL,
    owner_id        BIGINT      NOT NULL,
    field           VARCHAR(30) NOT NULL,
    language        VARCHAR(35) NOT NULL,
    value           TEXT        NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, field, language),
    INDEX ix_consultation_text_consultation (consultation_id, language),
    CONSTRAINT fk_consultation_text_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
