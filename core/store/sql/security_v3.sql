-- Roles and row-level security, version 3 (applied by lpt:setupdatabase after security_v1/v2.sql, in the same
-- transaction; idempotent): the message log (schema version 4, sql/v4.sql).
--
-- 1. Append-only for every role: SELECT and INSERT are granted, never UPDATE, DELETE or TRUNCATE; the triggers of
--    v4.sql refuse those to the owner (the analysts) and superusers too. A status change is a new row.
-- 2. Supervisors and officers see the messages that reach one of their areas (area_codes, a JSON list: text that
--    is not a list of codes is nobody's - fails closed) and log a message only when every area it reaches is
--    theirs: an officer can never message outside their areas. A message's area codes are the areas of all its
--    recipients, so a recipient outside the user's areas (or in no area: '') makes the whole export refused.
-- 3. Recipients (member ids) are read only for the members of the user's areas, of messages they can see; they are
--    added only to a message they may log. Status rows likewise follow the message.
-- 4. who: created_by is the database login, whatever the client says (the client's author name kept after it).

GRANT SELECT, INSERT ON lpt.lpt_messages, lpt.lpt_message_recipients, lpt.lpt_message_status
    TO lpt_supervisor, lpt_officer;
REVOKE UPDATE, DELETE, TRUNCATE ON lpt.lpt_messages, lpt.lpt_message_recipients, lpt.lpt_message_status
    FROM lpt_supervisor, lpt_officer;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['lpt_messages', 'lpt_message_recipients', 'lpt_message_status'] LOOP
        EXECUTE format('ALTER TABLE lpt.%I OWNER TO lpt_analyst', t);
        EXECUTE format('ALTER TABLE lpt.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS area_read ON lpt.%I', t);
        EXECUTE format('DROP POLICY IF EXISTS area_write ON lpt.%I', t);
    END LOOP;
END $$;

-- the message ids this user may log (all its areas theirs), read by the owner (no policy recursion)
CREATE OR REPLACE FUNCTION lpt.my_messages(every boolean) RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$ SELECT m.message_id FROM lpt.lpt_messages m
   WHERE CASE WHEN every THEN lpt.mine(m.area_codes) ELSE lpt.touches_mine(m.area_codes) END $$;
ALTER FUNCTION lpt.my_messages(boolean) OWNER TO lpt_analyst;
REVOKE ALL ON FUNCTION lpt.my_messages(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lpt.my_messages(boolean) TO lpt_analyst, lpt_supervisor, lpt_officer;

CREATE POLICY area_read ON lpt.lpt_messages FOR SELECT TO lpt_supervisor, lpt_officer
    USING (lpt.touches_mine(area_codes));
CREATE POLICY area_write ON lpt.lpt_messages FOR INSERT TO lpt_supervisor, lpt_officer
    WITH CHECK (lpt.mine(area_codes));
CREATE POLICY area_read ON lpt.lpt_message_recipients FOR SELECT TO lpt_supervisor, lpt_officer
    USING (message_id IN (SELECT lpt.my_messages(false)) AND member_id IN (SELECT lpt.my_members()));
CREATE POLICY area_write ON lpt.lpt_message_recipients FOR INSERT TO lpt_supervisor, lpt_officer
    WITH CHECK (message_id IN (SELECT lpt.my_messages(true)));
CREATE POLICY area_read ON lpt.lpt_message_status FOR SELECT TO lpt_supervisor, lpt_officer
    USING (message_id IN (SELECT lpt.my_messages(false)));
CREATE POLICY area_write ON lpt.lpt_message_status FOR INSERT TO lpt_supervisor, lpt_officer
    WITH CHECK (message_id IN (SELECT lpt.my_messages(true)));

CREATE OR REPLACE FUNCTION lpt.message_login() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    NEW.created_by := session_user::text || coalesce(' as ' || nullif(NEW.created_by, session_user::text), '');
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS message_login ON lpt.lpt_messages;
CREATE TRIGGER message_login BEFORE INSERT ON lpt.lpt_messages FOR EACH ROW EXECUTE FUNCTION lpt.message_login();
