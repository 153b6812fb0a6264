#!/bin/bash
# test/security/planted.sh -- objects planted before CREATE EXTENSION never
# run, and never make their planter superuser.
#
#   bash test/security/planted.sh
#
# A database owner who is not a superuser (the extension is trusted, so
# such a role may install it, and its script then runs as the bootstrap
# superuser) first plants in schema public, the schema the extension goes
# into, thousands of operators, functions and aggregates bearing the names
# the scripts use, for mixed argument types (test/security/plant.sql): each
# one that runs counts itself, logs itself and makes its planter superuser.
# Then, in one database, the owner installs the default version; in another,
# for each older version, the owner installs that version and updates it
# (so an update must also unbind whatever an older script bound). In each:
# - every built-in function and operator name the extension's objects
#   depend on has planted namesakes (the planting covers what the scripts
#   use, including what they come to use later);
# - no object of the extension depends on anything outside pg_catalog and
#   the extension (test/security/catalog.sql);
# - a superuser uses every function and reads every view, over the seed
#   documents it loads (test/security/use_all.sql), then a role that is
#   not a superuser does the same;
# - nothing planted ran, and the planter is not a superuser.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PLANTER=regress_sec_planter
USER2=regress_sec_someone

cleanup() {
	local db
	for db in $(q postgres "$SUPERUSER" -c "SELECT datname FROM pg_database WHERE datname LIKE 'disclosure_sec_planted_%'"); do
		q postgres "$SUPERUSER" -c "DROP DATABASE $db"
	done
	q postgres "$SUPERUSER" -c "DROP ROLE IF EXISTS $PLANTER" -c "DROP ROLE IF EXISTS $USER2"
}
cleanup
q postgres "$SUPERUSER" -c "CREATE ROLE $PLANTER LOGIN" -c "CREATE ROLE $USER2 LOGIN" || exit 1

# the names of pg_catalog's functions and operators the extension's objects
# depend on, that nothing is planted under
unplanted_names() {
	q "$1" "$SUPERUSER" -c "\\ir $CATALOG_SQL" -c "
		SELECT DISTINCT coalesce(p.proname::text, o.oprname::text)
		FROM pg_depend d
		JOIN pg_temp.disclosure_owned() w ON w.classid = d.classid AND w.objid = d.objid
		LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
		     AND p.pronamespace = 'pg_catalog'::regnamespace
		LEFT JOIN pg_operator o ON d.refclassid = 'pg_operator'::regclass AND o.oid = d.refobjid
		     AND o.oprnamespace = 'pg_catalog'::regnamespace
		WHERE coalesce(p.proname::text, o.oprname::text) NOT IN (
			SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
			UNION ALL
			SELECT oprname FROM pg_operator WHERE oprnamespace = 'public'::regnamespace)
		ORDER BY 1" || echo "the query failed"
}

# use_everything DB LABEL ROLE: ROLE uses every function and view
use_everything() {
	local db=$1 label=$2 role=$3 out
	out=$(q "$db" "$role" -f test/security/use_all.sql 2>&1)
	if grep -q "disclosure_findings: [0-9]" <<<"$out" && ! grep -q "NOT USED\|ERROR\|PLANTED" <<<"$out"; then
		ok "$label: $role used every function and view"
	else
		not_ok "$label: $role used every function and view"
		echo "$out" | sed 's/^/    /'
	fi
}

# verify DB LABEL
verify() {
	local db=$1 label=$2
	same "$label: every name the extension's objects use from pg_catalog has planted namesakes" \
		"" "$(unplanted_names "$db")"
	same "$label: no object depends on anything outside pg_catalog and the extension" \
		"" "$(foreign_dependencies "$db")"
	use_everything "$db" "$label" "$SUPERUSER"
	use_everything "$db" "$label" "$USER2"
	same "$label: nothing planted ran" "f" \
		"$(q "$db" "$SUPERUSER" -c "SELECT is_called FROM public.planted_calls")"
	same "$label: nothing planted wrote its log" "0" \
		"$(q "$db" "$SUPERUSER" -c "SELECT count(*) FROM public.planted_log")"
	same "$label: the planter is not a superuser" "f" \
		"$(q "$db" "$SUPERUSER" -c "SELECT rolsuper FROM pg_roles WHERE rolname = '$PLANTER'")"
}

# planted_db DB: a database the planter owns, with the objects planted
planted_db() {
	q postgres "$SUPERUSER" -c "CREATE DATABASE $1 OWNER $PLANTER" &&
		q "$1" "$PLANTER" -f test/security/plant.sql
}

default=$(q postgres "$SUPERUSER" -c "SELECT default_version FROM pg_available_extensions WHERE name = 'disclosure'")
db=disclosure_sec_planted_fresh
planted_db "$db" || exit 1
# the planter's own session, with the default search_path ("$user", public)
check "the planter installs disclosure $default over the planted objects" \
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" -U "$PLANTER" -c "CREATE EXTENSION disclosure"
verify "$db" "fresh $default"

for v in $(q postgres "$SUPERUSER" -c "SELECT version FROM pg_available_extension_versions
		WHERE name = 'disclosure' AND version <> '$default' ORDER BY version"); do
	db=disclosure_sec_planted_from_${v//./_}
	planted_db "$db" || exit 1
	check "$v: the planter installs disclosure $v over the planted objects" \
		psql -X -q -v ON_ERROR_STOP=1 -d "$db" -U "$PLANTER" -c "CREATE EXTENSION disclosure VERSION '$v'"
	# what an older script bound is for the update to undo; 1.0 bound
	# public./(numeric, integer) and public./(numeric, bigint) into views
	echo "    $v binds: $(foreign_dependencies "$db" | tr '\n' ';')"
	check "$v: the planter updates it" \
		psql -X -q -v ON_ERROR_STOP=1 -d "$db" -U "$PLANTER" -c "ALTER EXTENSION disclosure UPDATE"
	verify "$db" "$v → $default"
done

cleanup
finish
