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
