#!/bin/bash
# test/security/roles.sh -- the owner, a loader, a reader and a role with
# neither; the owner's dump restored by the owner; disclosure_load not made
# ambiguous from another schema.
#
#   bash test/security/roles.sh
#
# 1. A database owner who is not a superuser installs the extension; the
#    pgTAP tests of test/security/roles.sql say what each role can and
#    cannot do (all rolled back).
# 2. The owner revokes loading and reading from PUBLIC and grants them to
#    a loader and a reader; the loader loads the seeds. The owner dumps the
#    database (pg_dump -Fc) and restores it with pg_restore, as itself,
#    into a new database it owns: no error, the same stored rows, the same
#    privileges, and the loader can still load and the reader read.
# 3. The owner installs the extension in a schema of its own; the owner of
#    public plants there disclosure_load overloads (one with a default
#    argument, one for varchar): calls naming the extension's schema, with
#    literal, named, text, varchar or untyped parameter arguments (as
#    `disclosure load` makes them), and an unqualified call with literals
#    and the extension's schema first in search_path, all reach the
#    extension's disclosure_load. (An unqualified call with varchar
#    arguments would reach public's exact match: that is search_path doing
#    what it does, and why README says to name the schema.)
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OWNER=regress_sec_owner
ROLES=(regress_sec_owner regress_sec_loader regress_sec_reader regress_sec_none)
DB=disclosure_sec_roles
DUMP=$(mktemp /tmp/disclosure-sec-dump.XXXXXX)
chmod 644 "$DUMP"

cleanup() {
	local db r
	for db in $(q postgres "$SUPERUSER" -c "SELECT datname FROM pg_database WHERE datname LIKE 'disclosure_sec_roles%'"); do
		q postgres "$SUPERUSER" -c "DROP DATABASE $db"
	done
	for r in "${ROLES[@]}"; do q postgres "$SUPERUSER" -c "DROP ROLE IF EXISTS $r"; done
}
cleanup
for r in "${ROLES[@]}"; do q postgres "$SUPERUSER" -c "CREATE ROLE $r LOGIN" || exit 1; done

# 1. pgTAP
q postgres "$SUPERUSER" -c "CREATE DATABASE $DB OWNER $OWNER" &&
	q "$DB" "$SUPERUSER" -c "CREATE EXTENSION pgtap SCHEMA public" || exit 1
check "the owner, not a superuser, installs the extension" \
	psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -U "$OWNER" -c "CREATE EXTENSION disclosure"
check "pgTAP: what the owner, a loader, a reader and none may do (test/security/roles.sql)" \
	pg_prove --failures -d "$DB" test/security/roles.sql
q "$DB" "$SUPERUSER" -c "DROP EXTENSION pgtap" # not the owner's to restore

# 2. the owner's dump, restored by the owner
check "the owner hands loading and reading to a loader and a reader" \
	q "$DB" "$OWNER" -c "REVOKE EXECUTE ON FUNCTION public.disclosure_load(text, text) FROM PUBLIC" \
	-c "GRANT EXECUTE ON FUNCTION public.disclosure_load(text, text) TO regress_sec_loader" \
	-c "REVOKE SELECT ON public.disclosure_documents, public.disclosure_reports, public.disclosure_facts, public.disclosure_stored_findings, public.disclosure_reviews, public.disclosure_reparse_changes, public.disclosure_request_facts, public.disclosure_litigation_facts, public.disclosure_procurement_facts FROM PUBLIC" \
	-c "GRANT SELECT ON public.disclosure_documents, public.disclosure_reports, public.disclosure_facts, public.disclosure_stored_findings, public.disclosure_reviews, public.disclosure_reparse_changes, public.disclosure_request_facts, public.disclosure_litigation_facts, public.disclosure_procurement_facts TO regress_sec_reader"
check "the loader loads the seeds" load_seeds "$DB" regress_sec_loader
check "the owner dumps the database (pg_dump -Fc)" pg_dump -Fc -U "$OWNER" -d "$DB" -f "$DUMP"
q postgres "$SUPERUSER" -c "CREATE DATABASE ${DB}_restored OWNER $OWNER"
check "the owner restores it with pg_restore into a database of its own, without an error" \
	pg_restore --exit-on-error -U "$OWNER" -d "${DB}_restored" "$DUMP"
before=$(stored "$DB")
check "documents and reports were stored" test "$(wc -l <<<"$before")" -gt 10
same "the restored database holds the same documents and reports" "$before" "$(stored "${DB}_restored")"
check "and facts and findings were derived from them" test "$(derived "$DB" | wc -l)" -gt 5
same "the triggers derived the same facts and findings from the restored reports" \
	"$(derived "$DB")" "$(derived "${DB}_restored")"
same "and grants the same privileges, by the same grantors" "$(catalog "$DB")" "$(catalog "${DB}_restored")"
check "after the restore the loader loads" \
	q "${DB}_restored" regress_sec_loader -o /dev/null -c "SELECT * FROM public.disclosure_load('after restore', 'not a report')"
same "after the restore the reader reads, and the identity sequences went on" \
	"$(($(q "$DB" "$SUPERUSER" -c "SELECT max(id) FROM public.disclosure_documents") + 1))" \
	"$(q "${DB}_restored" regress_sec_reader -c "SELECT max(id) FROM public.disclosure_documents")"
check "after the restore a role with neither right cannot read" \
	eval '! q "${DB}_restored" regress_sec_none -c "SELECT 1 FROM public.disclosure_reports" 2>/dev/null'

# 3. disclosure_load in a schema of its own, overloads in public
S=${DB}_schema
q postgres "$SUPERUSER" -c "CREATE DATABASE $S OWNER $OWNER" || exit 1
check "the owner installs the extension in schema dsc" \
	q "$S" "$OWNER" -c "CREATE SCHEMA dsc" -c "GRANT USAGE ON SCHEMA dsc TO PUBLIC" \
	-c "CREATE EXTENSION disclosure SCHEMA dsc"
check "the owner of public plants disclosure_load overloads there" q "$S" "$OWNER" -c "
	CREATE FUNCTION public.disclosure_load(source text, raw text, extra integer DEFAULT 0)
	RETURNS TABLE (document_id bigint, reports integer, already_loaded boolean)
	LANGUAGE plpgsql AS \$\$BEGIN RAISE EXCEPTION 'PLANTED overload with a default ran'; END\$\$;
	CREATE FUNCTION public.disclosure_load(source varchar, raw varchar)
	RETURNS TABLE (document_id bigint, reports integer, already_loaded boolean)
	LANGUAGE plpgsql AS \$\$BEGIN RAISE EXCEPTION 'PLANTED varchar overload ran'; END\$\$;"
n=0
for call in "SET search_path = public, pg_catalog; SELECT reports FROM dsc.disclosure_load('a', :'doc')" \
	"SET search_path = public, pg_catalog; SELECT reports FROM dsc.disclosure_load(:'doc'::text, :'doc'::text)" \
	"SET search_path = public, pg_catalog; SELECT reports FROM dsc.disclosure_load(source => 'c', raw => :'doc')" \
	"SET search_path = public, pg_catalog; PREPARE p AS SELECT reports FROM dsc.disclosure_load(\$1, \$2); EXECUTE p('d', :'doc')" \
	"SET search_path = dsc, public; SELECT reports FROM disclosure_load('e', :'doc')" \
	"SET search_path = public, pg_catalog; SELECT reports FROM dsc.disclosure_load(:'doc'::varchar, :'doc'::varchar)"; do
	n=$((n + 1))
	same "disclosure_load in schema dsc, overloads in public: call $n reaches the extension's ($call)" "1" \
		"$(q "$S" regress_sec_loader -v doc="$(cat "$SEEDS/003_5c245e0f5975cf67.txt") $n" <<<"$call;" 2>&1)"
done
DISCLOSURE=${DISCLOSURE:-$(pg_config --bindir)/disclosure}
if [ -x "$DISCLOSURE" ]; then
	check "disclosure load (the CLI) reaches the extension's disclosure_load in dsc" \
		eval '"$DISCLOSURE" load -d "$S" -U regress_sec_loader "$SEEDS/004_76d90fd474e57dbd.txt" >/dev/null 2>&1'
fi

rm -f "$DUMP"
cleanup
finish
