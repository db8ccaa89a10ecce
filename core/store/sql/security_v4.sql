-- Roles and row-level security, version 4 (applied by lpt:setupdatabase after security_v1..v3.sql, in the same
-- transaction; idempotent): an audit row cannot be forged.
--
-- 1. audit_id and at are the server's for every row, whoever writes it: the next number under the workspace's
--    write lock (the lock the store takes, so a client's own numbering agrees) and the server's clock in UTC. A
--    client's values are replaced, so no row can be back-dated or take a number out of turn.
-- 2. Supervisors and officers append a row only of their own areas (area: codes separated by ','; at least one,
--    every one theirs), of a plugin action (lower-case words), never the door's own 'key_contacts_read' (written by
--    lpt.key_contacts as its owner), with a count of 0 or more and a detail that is a JSON object or empty.
--    Anything else is refused (fails closed). who stays the database login (security_v1.sql, audit_login).

CREATE OR REPLACE FUNCTION lpt.audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$ BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('lpt workspace write'));
    NEW.audit_id := (SELECT coalesce(max(a.audit_id), 0) + 1 FROM lpt.lpt_audit a);
    NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS+00:00');
    RETURN NEW;
END $$;
ALTER FUNCTION lpt.audit_stamp() OWNER TO lpt_analyst;
REVOKE ALL ON FUNCTION lpt.audit_stamp() FROM PUBLIC;
DROP TRIGGER IF EXISTS audit_stamp ON lpt.lpt_audit;
CREATE TRIGGER audit_stamp BEFORE INSERT ON lpt.lpt_audit FOR EACH ROW EXECUTE FUNCTION lpt.audit_stamp();

CREATE OR REPLACE FUNCTION lpt.audit_mine(p_action text, p_area text, p_rows bigint, p_detail text)
    RETURNS boolean LANGUAGE plpgsql STABLE AS
$$
DECLARE codes text[];
BEGIN
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z_]{0,39}$' OR p_action = 'key_contacts_read'
       OR p_rows IS NULL OR p_rows < 0 THEN
        RETURN false;
    END IF;
    IF coalesce(p_detail, '') <> '' AND json_typeof(p_detail::json) <> 'object' THEN
        RETURN false;
    END IF;
    codes := ARRAY(SELECT btrim(c) FROM unnest(string_to_array(coalesce(p_area, ''), ',')) c WHERE btrim(c) <> '');
    RETURN cardinality(codes) > 0 AND codes <@ ARRAY(SELECT lpt.my_areas());
EXCEPTION WHEN others THEN
    RETURN false;                                   -- a detail that is not JSON, say: refused
END $$;
DROP POLICY IF EXISTS append ON lpt.lpt_audit;
CREATE POLICY append ON lpt.lpt_audit FOR INSERT TO lpt_supervisor, lpt_officer
    WITH CHECK (lpt.audit_mine(action, area, n_rows, detail));
