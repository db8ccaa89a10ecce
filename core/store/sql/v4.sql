-- Schema version 4: the message log in the workspace (core/store/schema.py MESSAGE_TABLES and UNIQUE; a test keeps
-- them equal). Append-only for everyone: triggers refuse UPDATE, DELETE and TRUNCATE (they bind the owner too);
-- a message's status changes are new rows of lpt_message_status.
CREATE TABLE IF NOT EXISTS lpt.lpt_messages (
    fid bigint GENERATED ALWAYS AS IDENTITY, message_id text, created_at text, created_by text, channel text,
    template text, area_label text, subject text, body text, area_codes text, audience_size bigint,
    opted_out_excluded bigint, unknown_excluded bigint, folder text, recipients_file text, message_file text,
    area_wkt text, UNIQUE (message_id));
CREATE TABLE IF NOT EXISTS lpt.lpt_message_recipients (
    fid bigint GENERATED ALWAYS AS IDENTITY, message_id text, member_id text, sent_at text,
    UNIQUE (message_id, member_id));
CREATE INDEX IF NOT EXISTS lpt_message_recipients_member ON lpt.lpt_message_recipients (member_id);
CREATE TABLE IF NOT EXISTS lpt.lpt_message_status (
    fid bigint GENERATED ALWAYS AS IDENTITY, message_id text, status text, at text, detail text,
    UNIQUE (message_id, status));

CREATE OR REPLACE FUNCTION lpt.message_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    RAISE EXCEPTION 'the table lpt.% is append-only: rows are never changed or deleted', TG_TABLE_NAME;
END $$;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['lpt_messages', 'lpt_message_recipients', 'lpt_message_status'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS append_only ON lpt.%I', t);
        EXECUTE format('CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON lpt.%I FOR EACH ROW '
                       'EXECUTE FUNCTION lpt.message_log_append_only()', t);
        EXECUTE format('DROP TRIGGER IF EXISTS append_only_truncate ON lpt.%I', t);
        EXECUTE format('CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON lpt.%I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION lpt.message_log_append_only()', t);
    END LOOP;
END $$;
