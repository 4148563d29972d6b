-- Partners' own ticket ids (issue 14): an API client with a key (the 12345 hotline) may send its ticket id with a
-- request; the same client and ticket id again returns the complaint filed first instead of a second one. The unique
-- key makes that hold for two identical requests at the same moment too (the second waits, then finds the first).
ALTER TABLE complaint ADD COLUMN partner_ticket_id VARCHAR(64) NULL;
ALTER TABLE complaint ADD CONSTRAINT uk_complaint_partner_ticket UNIQUE (api_client, partner_ticket_id);
