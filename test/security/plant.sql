-- test/security/plant.sql -- run by a role that is not a superuser but may
-- create objects in schema public, BEFORE CREATE EXTENSION disclosure: it
-- plants in public operators, functions and aggregates bearing every name
-- the extension's scripts use (and others a script might come to use), for
-- many argument types, so that any of them that is ever bound instead of
-- pg_catalog's would win a search_path lookup by an exact type match.
--
-- Whatever planted thing runs counts itself in the sequence
-- public.planted_calls (not undone by a rollback), says so with a WARNING,
-- writes public.planted_log, and tries to make the planting role superuser.

CREATE SEQUENCE public.planted_calls;
GRANT USAGE ON SEQUENCE public.planted_calls TO PUBLIC;
CREATE TABLE public.planted_log (who text, what text, at timestamptz DEFAULT clock_timestamp());
GRANT INSERT ON public.planted_log TO PUBLIC;
CREATE TABLE public.planted_by AS SELECT current_user::text AS planter;
GRANT SELECT ON public.planted_by TO PUBLIC;

-- the body every planted function has
CREATE FUNCTION public.planted_ran(what text) RETURNS void
LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM pg_catalog.nextval('public.planted_calls');
    RAISE WARNING 'PLANTED % ran as %', what, current_user;
    INSERT INTO public.planted_log (who, what) VALUES (current_user, what);
    BEGIN
        EXECUTE pg_catalog.format('ALTER ROLE %I SUPERUSER',
                                  (SELECT planter FROM public.planted_by));
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
END
$body$;

DO $plant$
DECLARE
    types text[] := ARRAY['smallint', 'integer', 'bigint', 'numeric', 'real',
                          'double precision', 'text', 'character varying', 'name',
                          '"char"', 'bytea', 'boolean', 'date',
                          'timestamp with time zone', 'regclass', 'anyelement'];
    -- operator, result: NULL = the left operand's type
    ops text[][] := ARRAY[
        ['+', NULL], ['-', NULL], ['*', NULL], ['/', NULL], ['%', NULL],
        ['=', 'boolean'], ['<>', 'boolean'], ['<', 'boolean'], ['>', 'boolean'],
        ['<=', 'boolean'], ['>=', 'boolean'], ['||', 'text'], ['~~', 'boolean']];
    -- function, result (NULL = the first argument's type), arguments: 0 = none,
    -- 1 = each type, 2 = each pair of types
    funcs text[][] := ARRAY[
        ['round', NULL, '1'], ['round', NULL, '2'], ['nullif', NULL, '2'],
        ['coalesce', NULL, '1'], ['coalesce', NULL, '2'],
        ['greatest', NULL, '2'], ['least', NULL, '2'],
        ['encode', 'text', '1'], ['encode', 'text', '2'],
        ['sha256', 'bytea', '1'], ['convert_to', 'bytea', '2'],
        ['num_nonnulls', 'integer', '1'], ['num_nulls', 'integer', '1'],
        ['now', 'timestamp with time zone', '0'],
        ['row_number', 'bigint', '0'], ['row_number', 'bigint', '1'],
        ['grouping', 'integer', '1'],
        ['pg_extension_config_dump', 'text', '2'],
        ['text', 'text', '1'], ['numeric', 'numeric', '1'], ['int4', 'integer', '1'],
        ['int8', 'bigint', '1'], ['textcat', 'text', '2'], ['length', 'integer', '1'],
        ['lower', 'text', '1'], ['upper', 'text', '1'], ['format', 'text', '2'],
        ['replace', 'text', '2'], ['concat', 'text', '2'], ['unnest', NULL, '1'],
        ['left', 'text', '2'], ['right', 'text', '2'], ['substr', 'text', '2'],
        ['strpos', 'integer', '2'], ['regexp_replace', 'text', '2'],
        ['disclosure_parse_all', NULL, '1'], ['disclosure_parse', NULL, '1'],
        ['disclosure_amount_yuan', 'numeric', '1'], ['disclosure_check', NULL, '1'],
        ['disclosure_is_consistent', 'boolean', '1'],
        ['disclosure_check_continuity', NULL, '2'], ['disclosure_load', NULL, '2']];
    -- aggregates over one argument of each type, and count(*)
    aggs text[] := ARRAY['sum', 'count', 'avg', 'max', 'min', 'array_agg', 'string_agg'];
    o text[]; f text[]; l text; r text; res text; n int := 0; sig text;
BEGIN
    FOREACH o SLICE 1 IN ARRAY ops LOOP
        FOREACH l IN ARRAY types LOOP
            FOREACH r IN ARRAY types LOOP
                CONTINUE WHEN l = 'anyelement' OR r = 'anyelement';
                n := n + 1;
                res := coalesce(o[2], l);
                EXECUTE format('CREATE FUNCTION public.planted_op_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
                               n, l, r, res,
                               format('BEGIN PERFORM public.planted_ran(%L); RETURN NULL; END',
                                      format('operator %s(%s, %s)', o[1], l, r)));
                EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.planted_op_%s)',
                               o[1], l, r, n);
            END LOOP;
        END LOOP;
    END LOOP;

    FOREACH f SLICE 1 IN ARRAY funcs LOOP
        FOREACH l IN ARRAY CASE f[3] WHEN '0' THEN ARRAY[''] ELSE types END LOOP
            FOREACH r IN ARRAY CASE f[3] WHEN '2' THEN types ELSE ARRAY[NULL] END LOOP
                -- the extension's own signatures must stay free (CREATE EXTENSION
                -- refuses to replace an object that is not its own)
                CONTINUE WHEN f[1] LIKE 'disclosure_%' AND l = 'text';
                -- polymorphic only where the result can follow it
                CONTINUE WHEN (l = 'anyelement' OR r = 'anyelement') AND f[2] IS NOT NULL;
                sig := CASE WHEN r IS NULL THEN l ELSE l || ', ' || r END;
                res := coalesce(f[2], CASE WHEN l = '' THEN 'text' ELSE l END);
                EXECUTE format('CREATE FUNCTION public.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
                               f[1], sig, res,
                               format('BEGIN PERFORM public.planted_ran(%L); RETURN NULL; END',
                                      format('function %s(%s)', f[1], sig)));
            END LOOP;
        END LOOP;
    END LOOP;

    FOREACH l IN ARRAY types LOOP
        CONTINUE WHEN l = 'anyelement';
        n := n + 1;
        EXECUTE format('CREATE FUNCTION public.planted_step_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
                       n, l, l, l,
                       format('BEGIN PERFORM public.planted_ran(%L); RETURN $1; END',
                              format('aggregate step(%s)', l)));
        FOREACH r IN ARRAY aggs LOOP
            EXECUTE format('CREATE AGGREGATE public.%I(%s) (SFUNC = public.planted_step_%s, STYPE = %s)',
                           r, l, n, l);
        END LOOP;
    END LOOP;
    EXECUTE 'CREATE FUNCTION public.planted_count_step(bigint) RETURNS bigint LANGUAGE plpgsql AS '
            '$$BEGIN PERFORM public.planted_ran(''aggregate count(*)''); RETURN $1; END$$';
    EXECUTE 'CREATE AGGREGATE public.count(*) (SFUNC = public.planted_count_step, STYPE = bigint)';
END
$plant$;

-- what was planted, for the record
SELECT 'planted: ' || count(*) || ' functions and aggregates, '
       || (SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace) || ' operators'
FROM pg_proc WHERE pronamespace = 'public'::regnamespace;
