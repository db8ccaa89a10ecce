-- Roles and row-level security of a PostGIS workspace (version 1), applied by lpt:setupdatabase after the schema
-- migrations (core/store/migrations.py SECURITY), in one transaction, by a role that may create roles.
-- Idempotent: running it again changes nothing.
--
--   lpt_analyst     everything; owns every table of the schema (so row-level security does not narrow it);
--                   maintains lpt.lpt_assignments (which login works which areas)
--   lpt_supervisor  the rows of their areas: members (no contact fields), responses, visits; the set-ups of
--                   their areas (creates and archives them), their targets and outcomes; reports
--   lpt_officer     the rows of their assigned areas only, read (aggregate insight); no member contact fields,
--                   except the key contacts of their own areas through lpt.key_contacts(area), which is audited;
--                   records visit outcomes of their areas' set-ups
-- lpt_audit is append-only for everyone (triggers, which bind the owner and superusers too).
-- The links (link_postcodes, link_locations: a postcode or crime map point -> street -> area) are geography, not
-- personal data: every role reads them whole, so an analysis by any role finds every link stored and adds none;
-- whose postcode is whose stays in members, which is narrowed by area.
-- Area codes are compared as values, never spliced into SQL; the functions build dynamic SQL with format(%I/%L).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lpt_analyst') THEN CREATE ROLE lpt_analyst NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lpt_supervisor') THEN CREATE ROLE lpt_supervisor NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lpt_officer') THEN CREATE ROLE lpt_officer NOLOGIN; END IF;
END $$;

GRANT USAGE ON SCHEMA lpt TO lpt_supervisor, lpt_officer;
GRANT USAGE, CREATE ON SCHEMA lpt TO lpt_analyst;
ALTER SCHEMA lpt OWNER TO lpt_analyst;

CREATE TABLE IF NOT EXISTS lpt.lpt_assignments (
    login text NOT NULL, area_code text NOT NULL, assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (login, area_code));

-- the areas of the logged-in user (session_user: the login, whatever role it has set)
CREATE OR REPLACE FUNCTION lpt.my_areas() RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$ SELECT area_code FROM lpt.lpt_assignments WHERE login = session_user $$;

-- postcodes and members of the user's areas, read by the table owner (no policy recursion; a missing table: none)
CREATE OR REPLACE FUNCTION lpt.my_postcodes() RETURNS SETOF text LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$ BEGIN
    IF to_regclass('lpt.link_postcodes') IS NULL THEN RETURN; END IF;
    RETURN QUERY SELECT DISTINCT p.postcode::text FROM lpt.link_postcodes p
        WHERE p.area_code::text IN (SELECT lpt.my_areas());
END $$;

CREATE OR REPLACE FUNCTION lpt.my_members() RETURNS SETOF text LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$ BEGIN
    IF to_regclass('lpt.members') IS NULL THEN RETURN; END IF;
    RETURN QUERY SELECT m.member_id::text FROM lpt.members m WHERE m.postcode::text IN (SELECT lpt.my_postcodes());
END $$;

-- the area codes of a set-up (JSON list); text that is not a JSON list of strings: none (fails closed)
CREATE OR REPLACE FUNCTION lpt.codes_of(codes text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS
$$ BEGIN
    RETURN ARRAY(SELECT json_array_elements_text(codes::json));
EXCEPTION WHEN others THEN
    RETURN ARRAY[]::text[];
END $$;

CREATE OR REPLACE FUNCTION lpt.mine(codes text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT cardinality(lpt.codes_of(codes)) > 0 AND lpt.codes_of(codes) <@ ARRAY(SELECT lpt.my_areas()) $$;

CREATE OR REPLACE FUNCTION lpt.touches_mine(codes text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT lpt.codes_of(codes) && ARRAY(SELECT lpt.my_areas()) $$;

-- append-only: no update, delete or truncate, for anyone
CREATE OR REPLACE FUNCTION lpt.append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    RAISE EXCEPTION 'the table lpt.% is append-only: rows are never changed or deleted', TG_TABLE_NAME;
END $$;

-- grants and policies of a table made (again) by the store: lpt.protect(name) after every CREATE TABLE
CREATE OR REPLACE FUNCTION lpt.protect(name text) RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    rule text := CASE name
        WHEN 'members' THEN 'postcode::text IN (SELECT lpt.my_postcodes())'
        WHEN 'visits' THEN 'postcode::text IN (SELECT lpt.my_postcodes())'
        WHEN 'surveys' THEN 'member_id::text IN (SELECT lpt.my_members())'
        ELSE NULL END;
    cols text;
BEGIN
    IF to_regclass(format('lpt.%I', name)) IS NULL OR name LIKE 'lpt\_%' THEN RETURN; END IF;
    EXECUTE format('ALTER TABLE lpt.%I OWNER TO lpt_analyst', name);
    EXECUTE format('REVOKE ALL ON lpt.%I FROM lpt_supervisor, lpt_officer', name);
    IF name = 'members' THEN                         -- every column but the contact fields
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute
            WHERE attrelid = format('lpt.%I', name)::regclass AND attnum > 0 AND NOT attisdropped
              AND attname NOT IN ('name', 'email', 'phone');
        EXECUTE format('GRANT SELECT (%s) ON lpt.%I TO lpt_supervisor, lpt_officer', cols, name);
    ELSE
        EXECUTE format('GRANT SELECT ON lpt.%I TO lpt_supervisor, lpt_officer', name);
    END IF;
    IF rule IS NOT NULL THEN
        EXECUTE format('ALTER TABLE lpt.%I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('DROP POLICY IF EXISTS area_read ON lpt.%I', name);
        EXECUTE format('CREATE POLICY area_read ON lpt.%I FOR SELECT TO lpt_supervisor, lpt_officer USING (%s)',
                       name, rule);
    END IF;
END $$;

-- the workspace's own tables: owned by the analysts; read as each role needs
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'lpt' LOOP
        EXECUTE format('ALTER TABLE lpt.%I OWNER TO lpt_analyst', t);
    END LOOP;
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'lpt' AND tablename NOT LIKE 'lpt\_%'
             AND tablename <> 'layer_styles' LOOP
        PERFORM lpt.protect(t);
    END LOOP;
END $$;
ALTER FUNCTION lpt.my_areas() OWNER TO lpt_analyst;
ALTER FUNCTION lpt.my_postcodes() OWNER TO lpt_analyst;
ALTER FUNCTION lpt.my_members() OWNER TO lpt_analyst;
REVOKE ALL ON FUNCTION lpt.protect(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lpt.protect(text) TO lpt_analyst;

GRANT SELECT ON lpt.lpt_meta, lpt.lpt_imports, lpt.layer_styles TO lpt_supervisor, lpt_officer;
REVOKE ALL ON lpt.lpt_assignments, lpt.lpt_rejects FROM lpt_supervisor, lpt_officer;

-- set-ups: supervisors create and archive those of their areas; officers read those touching theirs
GRANT SELECT, INSERT, UPDATE ON lpt.lpt_setups, lpt.lpt_setup_targets TO lpt_supervisor;
GRANT SELECT ON lpt.lpt_setups, lpt.lpt_setup_targets TO lpt_officer;
ALTER TABLE lpt.lpt_setups ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS area_read ON lpt.lpt_setups;
CREATE POLICY area_read ON lpt.lpt_setups FOR SELECT TO lpt_supervisor, lpt_officer USING (lpt.touches_mine(area_codes));
DROP POLICY IF EXISTS area_write ON lpt.lpt_setups;
CREATE POLICY area_write ON lpt.lpt_setups FOR INSERT TO lpt_supervisor WITH CHECK (lpt.mine(area_codes));
DROP POLICY IF EXISTS area_update ON lpt.lpt_setups;
CREATE POLICY area_update ON lpt.lpt_setups FOR UPDATE TO lpt_supervisor USING (lpt.mine(area_codes))
    WITH CHECK (lpt.mine(area_codes));
ALTER TABLE lpt.lpt_setup_targets ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS area_read ON lpt.lpt_setup_targets;
CREATE POLICY area_read ON lpt.lpt_setup_targets FOR SELECT TO lpt_supervisor, lpt_officer
    USING (area_code IN (SELECT lpt.my_areas()));
DROP POLICY IF EXISTS area_write ON lpt.lpt_setup_targets;
CREATE POLICY area_write ON lpt.lpt_setup_targets FOR INSERT TO lpt_supervisor
    WITH CHECK (area_code IN (SELECT lpt.my_areas()));
DROP POLICY IF EXISTS area_update ON lpt.lpt_setup_targets;
CREATE POLICY area_update ON lpt.lpt_setup_targets FOR UPDATE TO lpt_supervisor
    USING (area_code IN (SELECT lpt.my_areas())) WITH CHECK (area_code IN (SELECT lpt.my_areas()));

-- visit outcomes: recorded and read by supervisors and officers for the set-ups they can see
GRANT SELECT, INSERT ON lpt.lpt_visit_outcomes TO lpt_supervisor, lpt_officer;
ALTER TABLE lpt.lpt_visit_outcomes ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS area_read ON lpt.lpt_visit_outcomes;
CREATE POLICY area_read ON lpt.lpt_visit_outcomes FOR SELECT TO lpt_supervisor, lpt_officer
    USING (setup_id IN (SELECT s.setup_id FROM lpt.lpt_setups s));
DROP POLICY IF EXISTS area_write ON lpt.lpt_visit_outcomes;
CREATE POLICY area_write ON lpt.lpt_visit_outcomes FOR INSERT TO lpt_supervisor, lpt_officer
    WITH CHECK (setup_id IN (SELECT s.setup_id FROM lpt.lpt_setups s));

-- the audit: anyone appends (their own login recorded), nobody changes or deletes
GRANT SELECT, INSERT ON lpt.lpt_audit TO lpt_supervisor, lpt_officer;
ALTER TABLE lpt.lpt_audit ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_read ON lpt.lpt_audit;
CREATE POLICY own_read ON lpt.lpt_audit FOR SELECT TO lpt_supervisor, lpt_officer USING (true);
DROP POLICY IF EXISTS append ON lpt.lpt_audit;
CREATE POLICY append ON lpt.lpt_audit FOR INSERT TO lpt_supervisor, lpt_officer WITH CHECK (true);
DROP TRIGGER IF EXISTS append_only ON lpt.lpt_audit;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON lpt.lpt_audit FOR EACH ROW EXECUTE FUNCTION lpt.append_only();
-- who: the database login, whatever the client says (the client's own name kept after it)
CREATE OR REPLACE FUNCTION lpt.audit_login() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    NEW.who := session_user::text || coalesce(' as ' || nullif(NEW.who, session_user::text), '');
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS audit_login ON lpt.lpt_audit;
CREATE TRIGGER audit_login BEFORE INSERT ON lpt.lpt_audit FOR EACH ROW EXECUTE FUNCTION lpt.audit_login();
DROP TRIGGER IF EXISTS append_only_truncate ON lpt.lpt_audit;
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON lpt.lpt_audit FOR EACH STATEMENT
    EXECUTE FUNCTION lpt.append_only();

-- the next free number of ids like S0001 over every row, those a user's policy hides included (no row is shown:
-- only the number), so two supervisors of different areas never take the same set-up id; set-up ids only
CREATE OR REPLACE FUNCTION lpt.next_number(tbl text, col text, prefix text) RETURNS bigint LANGUAGE plpgsql
    STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
DECLARE n bigint;
BEGIN
    IF (tbl, col) IS DISTINCT FROM ('lpt_setups', 'setup_id') THEN
        RAISE EXCEPTION 'lpt.next_number answers for lpt_setups.setup_id only' USING ERRCODE = '42501';
    END IF;
    SELECT coalesce(max(substr(s.setup_id, length(prefix) + 1)::numeric), 0) + 1 INTO n FROM lpt.lpt_setups s
        WHERE substr(s.setup_id, length(prefix) + 1) ~ '^[0-9]+$';
    RETURN n;
END $$;
ALTER FUNCTION lpt.next_number(text, text, text) OWNER TO lpt_analyst;
REVOKE ALL ON FUNCTION lpt.next_number(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lpt.next_number(text, text, text) TO lpt_analyst, lpt_supervisor, lpt_officer;

-- key contacts of one of the user's areas (analysts: any area), with their contact fields, opted-out and unknown
-- consent left out; every call appends an
-- audit row (who, which area, how many) in the same transaction, so contact fields are never read unaudited
CREATE OR REPLACE FUNCTION lpt.key_contacts(p_area text)
    RETURNS TABLE (member_id text, name text, email text, phone text, postcode text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    analyst boolean := pg_has_role(session_user, 'lpt_analyst', 'MEMBER');
    n bigint;
BEGIN
    IF NOT analyst AND p_area NOT IN (SELECT lpt.my_areas()) THEN
        RAISE EXCEPTION 'area % is not one of yours', p_area USING ERRCODE = '42501';
    END IF;
    IF to_regclass('lpt.members') IS NULL OR to_regclass('lpt.link_postcodes') IS NULL THEN RETURN; END IF;
    RETURN QUERY EXECUTE format(
        'SELECT m.member_id::text, %s, %s, %s, m.postcode::text FROM lpt.members m WHERE m.key_contact IS TRUE '
        'AND m.postcode IN (SELECT p.postcode FROM lpt.link_postcodes p WHERE p.area_code = $1) '
        -- consent fails closed: every record of the member says active (an opt-out or unknown anywhere: left out)
        'AND NOT EXISTS (SELECT 1 FROM lpt.members o WHERE o.member_id = m.member_id '
        'AND o.status IS DISTINCT FROM ''active'') ORDER BY 1',
        lpt.column_or_null('members', 'name'), lpt.column_or_null('members', 'email'),
        lpt.column_or_null('members', 'phone')) USING p_area;
    GET DIAGNOSTICS n = ROW_COUNT;
    INSERT INTO lpt.lpt_audit (audit_id, at, who, action, area, n_rows, detail)
        SELECT coalesce(max(a.audit_id), 0) + 1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS+00:00'),
               session_user, 'key_contacts_read', p_area, n, '{"via": "lpt.key_contacts"}' FROM lpt.lpt_audit a;
END $$;

CREATE OR REPLACE FUNCTION lpt.column_or_null(tbl text, col text) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = format('lpt.%I', tbl)::regclass
                            AND attname = col AND NOT attisdropped)
               THEN format('m.%I::text', col) ELSE 'NULL::text' END $$;

ALTER FUNCTION lpt.key_contacts(text) OWNER TO lpt_analyst;
REVOKE ALL ON FUNCTION lpt.key_contacts(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lpt.key_contacts(text) TO lpt_analyst, lpt_supervisor, lpt_officer;
