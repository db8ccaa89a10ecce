-- Roles and row-level security, version 2 (applied by lpt:setupdatabase after security_v1.sql, in the same
-- transaction; idempotent).
--
-- 1. Grants fail closed: supervisors and officers read a data table only when it is known to be one of theirs to
--    read - the geography, crime and Census tables and the links whole, members / responses / visits through
--    their row policies. Any other table (one a later release or an analyst adds) is the analysts' alone until
--    this list names it, so nothing personal is ever readable whole by default.
-- 2. Visit outcomes (officer names, free-text notes) are read and recorded only for the postcodes of the user's
--    areas: an outcome belongs to a target the user can see (lpt_setup_targets is narrowed to their areas), of a
--    set-up they can see. Outcomes are only ever checked against a set-up's list, so nothing valid is lost.
-- 3. A supervisor adds or changes targets only of a set-up whose areas are all theirs.

CREATE OR REPLACE FUNCTION lpt.protect(name text) RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    whole constant text[] := ARRAY['crimes', 'postcodes', 'streets', 'areas', 'lsoa21', 'imd', 'lsoa_lookup',
                                   'census_households', 'census_population', 'census_ethnic', 'oac', 'acorn',
                                   'link_postcodes', 'link_locations'];
    rule text := CASE name
        WHEN 'members' THEN 'postcode::text IN (SELECT lpt.my_postcodes())'
        WHEN 'visits' THEN 'postcode::text IN (SELECT lpt.my_postcodes())'
        WHEN 'surveys' THEN 'member_id::text IN (SELECT lpt.my_members())'
        ELSE NULL END;
    cols text;
BEGIN
    IF to_regclass(format('lpt.%I', name)) IS NULL OR name LIKE 'lpt\_%' OR name = 'layer_styles' THEN
        RETURN;
    END IF;
    EXECUTE format('ALTER TABLE lpt.%I OWNER TO lpt_analyst', name);
    EXECUTE format('REVOKE ALL ON lpt.%I FROM lpt_supervisor, lpt_officer', name);
    IF name = 'members' THEN                         -- every column but the contact fields
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute
            WHERE attrelid = format('lpt.%I', name)::regclass AND attnum > 0 AND NOT attisdropped
              AND attname NOT IN ('name', 'email', 'phone');
        EXECUTE format('GRANT SELECT (%s) ON lpt.%I TO lpt_supervisor, lpt_officer', cols, name);
    ELSIF rule IS NOT NULL OR name = ANY (whole) THEN
        EXECUTE format('GRANT SELECT ON lpt.%I TO lpt_supervisor, lpt_officer', name);
    END IF;                                          -- any other table: the analysts' only (fails closed)
    IF rule IS NOT NULL THEN
        EXECUTE format('ALTER TABLE lpt.%I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('DROP POLICY IF EXISTS area_read ON lpt.%I', name);
        EXECUTE format('CREATE POLICY area_read ON lpt.%I FOR SELECT TO lpt_supervisor, lpt_officer USING (%s)',
                       name, rule);
    END IF;
END $$;
REVOKE ALL ON FUNCTION lpt.protect(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lpt.protect(text) TO lpt_analyst;

DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'lpt' AND tablename NOT LIKE 'lpt\_%'
             AND tablename <> 'layer_styles' LOOP
        PERFORM lpt.protect(t);
    END LOOP;
END $$;

-- an outcome of a target the user can see (a postcode of their areas), of a set-up they can see
CREATE OR REPLACE FUNCTION lpt.my_target(p_setup text, p_postcode text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM lpt.lpt_setup_targets t JOIN lpt.lpt_setups s ON s.setup_id = t.setup_id
                  WHERE t.setup_id = p_setup AND t.postcode = p_postcode) $$;
DROP POLICY IF EXISTS area_read ON lpt.lpt_visit_outcomes;
CREATE POLICY area_read ON lpt.lpt_visit_outcomes FOR SELECT TO lpt_supervisor, lpt_officer
    USING (lpt.my_target(setup_id, postcode));
DROP POLICY IF EXISTS area_write ON lpt.lpt_visit_outcomes;
CREATE POLICY area_write ON lpt.lpt_visit_outcomes FOR INSERT TO lpt_supervisor, lpt_officer
    WITH CHECK (lpt.my_target(setup_id, postcode));

-- targets: of the user's areas, of a set-up whose areas are all theirs
DROP POLICY IF EXISTS area_write ON lpt.lpt_setup_targets;
CREATE POLICY area_write ON lpt.lpt_setup_targets FOR INSERT TO lpt_supervisor
    WITH CHECK (area_code IN (SELECT lpt.my_areas())
                AND setup_id IN (SELECT s.setup_id FROM lpt.lpt_setups s WHERE lpt.mine(s.area_codes)));
DROP POLICY IF EXISTS area_update ON lpt.lpt_setup_targets;
CREATE POLICY area_update ON lpt.lpt_setup_targets FOR UPDATE TO lpt_supervisor
    USING (area_code IN (SELECT lpt.my_areas()))
    WITH CHECK (area_code IN (SELECT lpt.my_areas())
                AND setup_id IN (SELECT s.setup_id FROM lpt.lpt_setups s WHERE lpt.mine(s.area_codes)));

-- 4. key contacts (the audited door to contact fields): the key contact flag read as the plugin reads it - a
--    boolean, 1 / 0 or yes / no - so a flag stored as a number or text is not a type error
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
        'SELECT m.member_id::text, %s, %s, %s, m.postcode::text FROM lpt.members m '
        'WHERE lower(trim(m.key_contact::text)) IN (''true'', ''t'', ''1'', ''yes'', ''y'') '
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
ALTER FUNCTION lpt.key_contacts(text) OWNER TO lpt_analyst;
REVOKE ALL ON FUNCTION lpt.key_contacts(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lpt.key_contacts(text) TO lpt_analyst, lpt_supervisor, lpt_officer;
