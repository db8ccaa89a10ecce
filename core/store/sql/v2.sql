-- Schema version 2: rejected rows kept with their reason; the log lines of each import.
CREATE TABLE IF NOT EXISTS lpt.lpt_rejects (
    fid bigint GENERATED ALWAYS AS IDENTITY, import_id bigint, file text, "row" bigint, "column" text,
    value text, reason text);
CREATE INDEX IF NOT EXISTS lpt_rejects_import ON lpt.lpt_rejects (import_id);
ALTER TABLE lpt.lpt_imports ADD COLUMN IF NOT EXISTS notes text;
