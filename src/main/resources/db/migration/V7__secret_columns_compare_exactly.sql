-- Secret links and keys compare byte for byte. Manage tokens are case-sensitive base64url, but
-- the table's utf8mb4_unicode_ci collation compared them case-insensitively, so a link with one
-- letter's case changed still opened the booking. ascii_bin compares exactly (and is smaller).
ALTER TABLE booking
    MODIFY manage_token VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY request_key  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
