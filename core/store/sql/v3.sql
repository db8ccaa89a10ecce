-- Schema version 3: the engagement loop (core/store/schema.py LOOP_TABLES and UNIQUE; a test keeps them equal).
CREATE TABLE IF NOT EXISTS lpt.lpt_setups (
    fid bigint GENERATED ALWAYS AS IDENTITY, setup_id text, name text, team text, source text, criteria text,
    area_codes text, revisit bigint, start_date text, end_date text, status text, created_at text,
    created_by text, archived_at text, UNIQUE (setup_id));
CREATE TABLE IF NOT EXISTS lpt.lpt_setup_targets (
    fid bigint GENERATED ALWAYS AS IDENTITY, setup_id text, street_id text, street_name text, area_code text,
    area_name text, postcode text, easting double precision, northing double precision,
    households_est double precision, households_to_visit double precision, members_registered bigint,
    last_visit text, last_outcome text, priority bigint, street_rank bigint, UNIQUE (setup_id, postcode));
CREATE TABLE IF NOT EXISTS lpt.lpt_visit_outcomes (
    fid bigint GENERATED ALWAYS AS IDENTITY, visit_id text, setup_id text, postcode text, street_id text,
    outcome text, visit_date text, officer text, note text, note_flag text, edited_at text, source_file text,
    imported_at text, UNIQUE (visit_id, edited_at));
CREATE TABLE IF NOT EXISTS lpt.lpt_audit (
    fid bigint GENERATED ALWAYS AS IDENTITY, audit_id bigint, at text, who text, action text, area text,
    n_rows bigint, detail text, UNIQUE (audit_id));
