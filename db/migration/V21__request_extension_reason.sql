-- Issue 15 (documents): the reason of the one extension (Art. 33, 35), stated in the 延期答复告知书.
ALTER TABLE info_request ADD COLUMN extension_reason TEXT NULL;
