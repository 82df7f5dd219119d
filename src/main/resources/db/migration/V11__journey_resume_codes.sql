-- "Save and come back later": a draft can have a short resume code a person can read out and
-- type (8 characters from an alphabet with no look-alikes, shown as ABCD-EFGH, stored without the
-- hyphen). Typed input is normalised (upper case, spaces and hyphens dropped) and then compared
-- byte for byte (ascii_bin, see V7), so a stored code matches only itself.
ALTER TABLE journey_draft
    ADD COLUMN resume_code CHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD CONSTRAINT uq_journey_draft_resume_code UNIQUE (resume_code),
    ADD INDEX ix_journey_draft_kind_subject (kind, subject);
