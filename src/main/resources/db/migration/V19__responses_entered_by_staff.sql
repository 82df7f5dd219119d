-- Responses that came on paper, by phone, by email, as an Easy Read form or in BSL, entered by
-- staff through the same questions. received_on is the day the response arrived (the paper's
-- postmark or the call), which is what decides whether it came in time; submitted_at stays the
-- moment it was entered. entered_by is the staff member's user name (the audit trail has it too).
ALTER TABLE consultation_response DROP CONSTRAINT ck_consultation_response_channel;
ALTER TABLE consultation_response
    ADD COLUMN received_on DATE NULL,
    ADD COLUMN entered_by VARCHAR(100) NULL,
    ADD CONSTRAINT ck_consultation_response_channel CHECK (channel IN ('online', 'paper', 'phone', 'email', 'easy-read', 'bsl')),
    ADD CONSTRAINT ck_consultation_response_entered CHECK ((channel = 'online') = (received_on IS NULL AND entered_by IS NULL));
