#!/bin/bash
# test/security/update.sh -- every update path ends where a fresh install
# does, with the stored data unchanged.
#
#   bash test/security/update.sh
#
# A non-superuser database owner installs the default version; its catalogue
# must show no dependency outside pg_catalog and the extension
# (test/security/catalog.sql). Then, for every other version the installed
# scripts offer (1.0 today), in a database of its own: the owner installs
# that version, loads the seed documents with disclosure_load, runs ALTER
# EXTENSION disclosure UPDATE (the command the library's error hint names)
# and the test compares: the stored documents and reports, as text, and
# what every view shows, before and after (the columns it had before); what
# the update's back-fill derived from the stored reports (facts, findings,
# years side by side) against what a fresh install derives at load from the
# same documents; the extension's catalogue
# (objects, definitions, owners, privileges and their grantors, initial
# privileges, comments, configuration tables) against the fresh install's;
# and the dependency check again.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OWNER=regress_sec_update_owner
FRESH=disclosure_sec_update_fresh

cleanup() {
	local db
	for db in $(q postgres "$SUPERUSER" -c "SELECT datname FROM pg_database WHERE datname LIKE 'disclosure_sec_update_%'"); do
		q postgres "$SUPERUSER" -c "DROP DATABASE $db"
	done
	q postgres "$SUPERUSER" -c "DROP ROLE IF EXISTS $OWNER"
}
cleanup
q postgres "$SUPERUSER" -c "CREATE ROLE $OWNER LOGIN" -c "CREATE DATABASE $FRESH OWNER $OWNER" || exit 1

default=$(q postgres "$SUPERUSER" -c "SELECT default_version FROM pg_available_extensions WHERE name = 'disclosure'")
check "the owner installs disclosure $default" q "$FRESH" "$OWNER" -c "CREATE EXTENSION disclosure SCHEMA public"
same "fresh $default: no object depends on anything outside pg_catalog and the extension" \
	"" "$(foreign_dependencies "$FRESH")"
fresh_catalog=$(catalog "$FRESH")
check "the catalogue of the fresh install lists its objects" \
	grep -q '^function public.disclosure_load(text,text) | owner '"$OWNER" <<<"$fresh_catalog"
# what 1.1 derives from the stored reports (lib.sh, derived) is written at
# load in a fresh install, and by the update script's back-fill in an
# updated database
check "the owner loads the seeds into the fresh install" load_seeds "$FRESH" "$OWNER"

for v in $(q postgres "$SUPERUSER" -c "SELECT version FROM pg_available_extension_versions
		WHERE name = 'disclosure' AND version <> '$default' ORDER BY version"); do
	db=disclosure_sec_update_from_${v//./_}
	q postgres "$SUPERUSER" -c "CREATE DATABASE $db OWNER $OWNER" || exit 1
	check "$v: the owner installs disclosure $v" \
		q "$db" "$OWNER" -c "CREATE EXTENSION disclosure SCHEMA public VERSION '$v'"
	check "$v: the owner loads the seeds with disclosure_load" load_seeds "$db" "$OWNER"
	before=$(stored "$db")
	columns_before=$(view_columns "$db")
	views_before=$(views "$db" "$columns_before")
	check "$v: the owner runs ALTER EXTENSION disclosure UPDATE" \
		q "$db" "$OWNER" -c "ALTER EXTENSION disclosure UPDATE"
	same "$v: updated to $default" "$default" \
		"$(q "$db" "$SUPERUSER" -c "SELECT extversion FROM pg_extension WHERE extname = 'disclosure'")"
	check "$v: documents and reports were stored" test "$(wc -l <<<"$before")" -gt 10
	same "$v → $default: the stored documents and reports are unchanged" "$before" "$(stored "$db")"
	same "$v → $default: every view shows what it showed (its columns of $v)" \
		"$views_before" "$(views "$db" "$columns_before")"
	# (but for the narrative rules: 1.0 kept no narrative, so its reports
	# have none until they are parsed again)
	same "$v → $default: the facts, findings and views the update computed for the stored reports are those a fresh install computes at load, the narrative rules' findings aside" \
		"$(derived "$FRESH" | without_narrative)" "$(derived "$db" | without_narrative)"
	check "$v → $default: the owner parses the reports 1.0 stored again (disclosure_reparse)" \
		q "$db" "$OWNER" -c "SELECT count(*) FROM public.disclosure_reparse()"
	same "$v → $default: parsed again, they have the facts and findings of a fresh install, the narrative rules' included" \
		"$(derived "$FRESH")" "$(derived "$db")"
	same "$v → $default: every report stored before has its place" "0" \
		"$(q "$db" "$SUPERUSER" -c "SELECT count(*) FROM public.disclosure_reports r
			WHERE NOT EXISTS (SELECT FROM public.disclosure_report_places p
			                  WHERE p.report_id OPERATOR(pg_catalog.=) r.id AND p.code IS NOT NULL)")"
	same "$v → $default: no object depends on anything outside pg_catalog and the extension" \
		"" "$(foreign_dependencies "$db")"
	same "$v → $default: the extension's catalogue is that of a fresh install" \
		"$fresh_catalog" "$(catalog "$db")"
	check "$v → $default: the owner may now delete the stored documents" \
		q "$db" "$OWNER" -c "DELETE FROM public.disclosure_documents"
done

cleanup
finish
