-- Issue 17 (citizen): the language the person used when filing (a language tag, zh-CN or en; NULL when not known,
-- as for a call or a letter entered by staff): the notices of each step are written in it, Chinese when NULL.
ALTER TABLE complaint ADD COLUMN filing_language VARCHAR(16) NULL;
ALTER TABLE info_request ADD COLUMN filing_language VARCHAR(16) NULL;
