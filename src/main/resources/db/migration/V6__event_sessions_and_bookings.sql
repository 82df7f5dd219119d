-- Events have sessions people book. A Time to Listen slot is a session with a named leader and
-- room for one family. Capacity is enforced by locking the session row while a booking is made.

CREATE TABLE event_session (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id   BIGINT        NOT NULL,
    starts_at     DATETIME(6)   NOT NULL,
    ends_at       DATETIME(6)   NOT NULL,
    mode          VARCHAR(20)   NOT NULL,
    capacity      INT           NOT NULL,
    booking_limit INT           NOT NULL,
    audience      VARCHAR(40)   NULL,
    leader_name   VARCHAR(200)  NULL,
    joining_link  VARCHAR(500)  NULL,
    status        VARCHAR(20)   NOT NULL,
    cancelled_at  DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_event_session_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_event_session_dates CHECK (ends_at > starts_at),
    CONSTRAINT ck_event_session_mode CHECK (mode IN ('IN_PERSON', 'ONLINE')),
    CONSTRAINT ck_event_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_event_session_capacity CHECK (capacity >= 1 AND booking_limit >= 1),
    INDEX ix_event_session_activity (activity_id, starts_at),
    INDEX ix_event_session_starts (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The venue and the leader's role, per language (a missing Welsh field shows the English).
CREATE TABLE event_session_text (
    session_id  BIGINT       NOT NULL,
    language    VARCHAR(12)  NOT NULL,
    venue_name  VARCHAR(200) NULL,
    address     VARCHAR(500) NULL,
    leader_role VARCHAR(200) NULL,
    PRIMARY KEY (session_id, language),
    CONSTRAINT fk_event_session_text_session FOREIGN KEY (session_id) REFERENCES event_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_session_access (
    session_id BIGINT      NOT NULL,
    feature    VARCHAR(40) NOT NULL,
    PRIMARY KEY (session_id, feature),
    CONSTRAINT fk_event_session_access_session FOREIGN KEY (session_id) REFERENCES event_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A booking. manage_token is the unguessable part of the manage link (256 random bits); it is
-- kept so that later emails (reminder, place offered) can carry the link again. request_key
-- makes a resubmitted form or a double click create nothing new.
CREATE TABLE booking (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(12)   NOT NULL,
    manage_token         VARCHAR(64)   NOT NULL,
    request_key          VARCHAR(64)   NOT NULL,
    session_id           BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    places               INT           NOT NULL,
    booker_role          VARCHAR(30)   NULL,
    name                 VARCHAR(200)  NOT NULL,
    email                VARCHAR(320)  NULL,
    mobile               VARCHAR(20)   NULL,
    language             VARCHAR(12)   NOT NULL,
    preferred_format     VARCHAR(30)   NOT NULL,
    interpreter_language VARCHAR(100)  NULL,
    other_needs          VARCHAR(2000) NULL,
    talk_about           VARCHAR(2000) NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    cancelled_at         DATETIME(6)   NULL,
    reminder_due_at      DATETIME(6)   NULL,
    attended             BOOLEAN       NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_booking_reference UNIQUE (reference),
    CONSTRAINT uk_booking_manage_token UNIQUE (manage_token),
    CONSTRAINT uk_booking_request_key UNIQUE (request_key),
    CONSTRAINT fk_booking_session FOREIGN KEY (session_id) REFERENCES event_session (id) ON DELETE CASCADE,
    CONSTRAINT ck_booking_status CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    CONSTRAINT ck_booking_places CHECK (places >= 1),
    CONSTRAINT ck_booking_contact CHECK (email IS NOT NULL OR mobile IS NOT NULL),
    INDEX ix_booking_session (session_id, status, created_at),
    INDEX ix_booking_reminder (reminder_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_need (
    booking_id BIGINT      NOT NULL,
    need       VARCHAR(40) NOT NULL,
    PRIMARY KEY (booking_id, need),
    CONSTRAINT fk_booking_need_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
