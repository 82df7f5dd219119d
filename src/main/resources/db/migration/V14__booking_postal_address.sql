-- A postal address for people who want information by post (letter, large print, braille), and
-- when the person last changed their access and communication needs (shown to staff). Both go
-- with the booking when the retention job deletes it.
ALTER TABLE booking
    ADD COLUMN address_line_1   VARCHAR(100) NULL,
    ADD COLUMN address_line_2   VARCHAR(100) NULL,
    ADD COLUMN address_town     VARCHAR(100) NULL,
    ADD COLUMN address_postcode VARCHAR(10)  NULL,
    ADD COLUMN needs_changed_at DATETIME(6)  NULL;
