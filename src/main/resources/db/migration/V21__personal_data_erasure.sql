-- A booking erased at its booker's request (UK GDPR) stays, so the session's places and its
-- statistics still count it, but without the name, contact details, needs or address; erased_at
-- says when. Such a booking has neither an email address nor a mobile number.
ALTER TABLE booking ADD COLUMN erased_at DATETIME(6) NULL;
ALTER TABLE booking DROP CONSTRAINT ck_booking_contact;
ALTER TABLE booking ADD CONSTRAINT ck_booking_contact CHECK (email IS NOT NULL OR mobile IS NOT NULL OR erased_at IS NOT NULL);
