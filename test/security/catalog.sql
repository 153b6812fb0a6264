-- test/security/catalog.sql -- catalogue queries over an installed
-- disclosure extension, as functions in pg_temp (psql: \ir catalog.sql).
-- They hold for every version from 1.1 on, however it was reached (fresh
-- install or update), and need no change when objects are added.
--
-- pg_temp.disclosure_foreign_dependencies(): one row per way in which an
--   object of the extension could reach something outside pg_catalog and
--   the extension itself; empty when there is none. It follows pg_depend
--   from every member of the extension and from what is part of a member
--   (a view's rule, a column default, a constraint, an index, a row or array
--   type) to every object they refer to: functions, operators, types,
--   relations, collations ... Each must be in pg_catalog or be the
--   extension's own. Function bodies in a language other than C are not in
--   pg_depend: such a function must be BEGIN ATOMIC (whose dependencies
--   are) or have SET search_path = pg_catalog, pg_temp. A procedure is let
--   off the second: with a SET clause it could not COMMIT, so it names
--   everything itself, and planted.sh checks that by running it
--   (use_all.sql) among planted namesakes.
--
-- pg_temp.disclosure_catalog(): every object of the extension, one line
--   each, with what defines it (definition, owner, privileges and their
--   grantors, initial privileges, options, comments, configuration tables),
--   without OIDs: two databases that give the same lines hold the same
--   extension. Used to compare an updated database with a fresh install.

CREATE FUNCTION pg_temp.disclosure_owned()
RETURNS TABLE (classid oid, objid oid)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH RECURSIVE owned (classid, objid) AS (
        SELECT d.classid, d.objid
        FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
        WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
          AND e.extname = 'disclosure'
      UNION
        SELECT d.classid, d.objid
        FROM pg_depend d JOIN owned o ON d.refclassid = o.classid AND d.refobjid = o.objid
        WHERE d.deptype IN ('i', 'a')
    )
    SELECT classid, objid FROM owned
$$;

CREATE FUNCTION pg_temp.disclosure_foreign_dependencies()
RETURNS TABLE (object text, depends_on text)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_describe_object(d.classid, d.objid, d.objsubid),
           pg_describe_object(d.refclassid, d.refobjid, d.refobjsubid)
               || ' (schema ' || i.schema || ')'
    FROM pg_depend d
    JOIN pg_temp.disclosure_owned() o ON o.classid = d.classid AND o.objid = d.objid
    CROSS JOIN LATERAL pg_identify_object(d.refclassid, d.refobjid, 0) AS i
    WHERE i.schema IS NOT NULL
      AND i.schema <> 'pg_catalog'
      AND (d.refclassid, d.refobjid) NOT IN (SELECT * FROM pg_temp.disclosure_owned())
  UNION ALL
    SELECT pg_describe_object('pg_proc'::regclass, p.oid, 0),
           'names looked up at run time: neither BEGIN ATOMIC nor SET search_path = pg_catalog, pg_temp'
    FROM pg_proc p
    JOIN pg_temp.disclosure_owned() o ON o.classid = 'pg_proc'::regclass AND o.objid = p.oid
    JOIN pg_language l ON l.oid = p.prolang
    WHERE l.lanname NOT IN ('c', 'internal')
      AND p.prosqlbody IS NULL
      AND p.prokind <> 'p'
      AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)
    ORDER BY 1, 2
$$;

CREATE FUNCTION pg_temp.disclosure_catalog()
RETURNS SETOF text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH obj AS (
        SELECT o.classid, o.objid, pg_describe_object(o.classid, o.objid, 0) AS name
        FROM pg_temp.disclosure_owned() o
    ),
    acl AS (   -- privileges as sorted text, grantor included
        SELECT c.oid AS objid, 'pg_class'::regclass AS classid,
               (SELECT string_agg(format('%s:%s:%s%s', a.grantee::regrole, a.grantor::regrole,
                                         a.privilege_type, CASE WHEN a.is_grantable THEN '*' ELSE '' END),
                                  ' ' ORDER BY 1)
                FROM aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) a) AS privs
        FROM pg_class c
      UNION ALL
        SELECT p.oid, 'pg_proc'::regclass,
               (SELECT string_agg(format('%s:%s:%s%s', a.grantee::regrole, a.grantor::regrole,
                                         a.privilege_type, CASE WHEN a.is_grantable THEN '*' ELSE '' END),
                                  ' ' ORDER BY 1)
                FROM aclexplode(coalesce(p.proacl, acldefault('f'::"char", p.proowner))) a)
        FROM pg_proc p
    )
    -- names that carry an OID (toast tables, foreign-key triggers) lose it
    SELECT line FROM (SELECT regexp_replace(l, '(pg_toast_|RI_ConstraintTrigger_[ac]_)[0-9]+', '\1N', 'g') AS line
    FROM (
        SELECT o.name || ' | ' || coalesce(
            CASE o.classid
            WHEN 'pg_class'::regclass THEN
                (SELECT format('kind %s, owner %s, options %s, privileges %s%s',
                               c.relkind, c.relowner::regrole, c.reloptions, a.privs,
                               CASE WHEN c.relkind = 'v' THEN ', ' || pg_get_viewdef(c.oid) ELSE '' END)
                 FROM pg_class c JOIN acl a ON a.classid = o.classid AND a.objid = c.oid
                 WHERE c.oid = o.objid)
            WHEN 'pg_proc'::regclass THEN
                (SELECT format('owner %s, privileges %s, %s', p.proowner::regrole, a.privs,
                               CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) END)
                 FROM pg_proc p JOIN acl a ON a.classid = o.classid AND a.objid = p.oid
                 WHERE p.oid = o.objid)
            WHEN 'pg_type'::regclass THEN
                (SELECT format('owner %s, type %s', t.typowner::regrole, format_type(t.oid, NULL))
                 FROM pg_type t WHERE t.oid = o.objid)
            WHEN 'pg_constraint'::regclass THEN
                (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE k.oid = o.objid)
            WHEN 'pg_attrdef'::regclass THEN
                (SELECT pg_get_expr(ad.adbin, ad.adrelid) FROM pg_attrdef ad WHERE ad.oid = o.objid)
            END, '')
            || coalesce(' | comment ' || obj_description(o.objid, (SELECT relname FROM pg_class WHERE oid = o.classid)), '')
        FROM obj o
      UNION ALL   -- indexes (part of their table, so not in pg_depend as members)
        SELECT 'index ' || pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN obj o ON o.classid = 'pg_class'::regclass AND o.objid = i.indrelid
      UNION ALL   -- columns of tables, views and composite types
        SELECT format('column %s.%s %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                      CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
                      coalesce(' | comment ' || col_description(c.oid, a.attnum), ''))
        FROM pg_class c JOIN obj o ON o.classid = 'pg_class'::regclass AND o.objid = c.oid
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      UNION ALL   -- the privileges pg_dump takes as the extension's own
        SELECT 'initial privileges of ' || pg_describe_object(ip.classoid, ip.objoid, ip.objsubid) || ': '
               || (SELECT string_agg(format('%s:%s:%s%s', a.grantee::regrole, a.grantor::regrole,
                                            a.privilege_type, CASE WHEN a.is_grantable THEN '*' ELSE '' END),
                                     ' ' ORDER BY 1)
                   FROM aclexplode(ip.initprivs) a)
        FROM pg_init_privs ip JOIN obj o ON o.classid = ip.classoid AND o.objid = ip.objoid
      UNION ALL   -- what pg_dump dumps with its rows
        SELECT 'configuration ' || cfg::regclass::text || ' ' || coalesce(e.extcondition[n], '')
        FROM pg_extension e, unnest(e.extconfig) WITH ORDINALITY AS u(cfg, n)
        WHERE e.extname = 'disclosure'
    ) lines (l)) named
    ORDER BY line COLLATE "C"
$$;
