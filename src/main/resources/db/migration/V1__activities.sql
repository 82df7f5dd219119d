-- What's on: the shared catalogue of activities, with staff-written text stored per language.

CREATE TABLE area (
    id   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(60) NOT NULL,
    CONSTRAINT uk_area_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE area_name (
    area_id  BIGINT       NOT NULL,
    language VARCHAR(12)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (area_id, language),
    CONSTRAINT fk_area_name_area FOREIGN KEY (area_id) REFERENCES area (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(120) NOT NULL,
    type            VARCHAR(30)  NOT NULL,
    topic           VARCHAR(40)  NOT NULL,
    area_id         BIGINT       NOT NULL,
    ladder_level    VARCHAR(20)  NOT NULL,
    stage           VARCHAR(30)  NULL,
    attendance      VARCHAR(20)  NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NULL,
    published_at    DATETIME(6)  NOT NULL,
    easy_read_image VARCHAR(200) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_activity_slug UNIQUE (slug),
    CONSTRAINT fk_activity_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT ck_activity_dates CHECK (ends_at IS NULL OR ends_at >= starts_at),
    INDEX ix_activity_listing (published_at, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_audience (
    activity_id BIGINT      NOT NULL,
    audience    VARCHAR(40) NOT NULL,
    PRIMARY KEY (activity_id, audience),
    CONSTRAINT fk_activity_audience_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per activity and language. A missing row or a NULL field means "not written in
-- this language yet": the English shows instead, marked lang="en".
CREATE TABLE activity_text (
    activity_id         BIGINT        NOT NULL,
    language            VARCHAR(12)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(1000) NOT NULL,
    description         TEXT          NULL,
    location            VARCHAR(500)  NULL,
    easy_read_text      TEXT          NULL,
    easy_read_image_alt VARCHAR(300)  NULL,
    PRIMARY KEY (activity_id, language),
    CONSTRAINT fk_activity_text_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
