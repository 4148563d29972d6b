-- Issue 17 (citizen): a complainant may leave an e-mail address, to be told of each step (personal data: masked for
-- staff like the phone, revealed only with the audited reveal).
ALTER TABLE complaint ADD COLUMN complainant_email VARCHAR(100) NULL;
