# test/security/lib.sh -- shared by the security tests; sourced.
#
# Needs a cluster as test/run.sh leaves it (PGHOST, PGPORT, PGUSER a
# superuser): without PGHOST the test starts a throwaway one of its own
# (test/cluster.sh). Each test creates roles and databases named
# regress_sec_* / disclosure_sec_* and drops them when it ends.

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
SUPERUSER=${PGUSER:-postgres}
SEEDS=$ROOT/test/data/seeds
CATALOG_SQL=$ROOT/test/security/catalog.sql

if [ -z "${PGHOST:-}" ]; then
	. "$ROOT/test/cluster.sh"
	cluster_start || exit 1
fi

passed=0
failed=0
ok() {
	passed=$((passed + 1))
	echo "ok - $*"
}
not_ok() {
	failed=$((failed + 1))
	echo "not ok - $*"
}
# check DESCRIPTION COMMAND...: passes when the command succeeds
check() {
	local what=$1
	shift
	if "$@"; then ok "$what"; else not_ok "$what"; fi
}
# same DESCRIPTION EXPECTED ACTUAL
same() {
	if [ "$2" == "$3" ]; then
		ok "$1"
	else
		not_ok "$1"
		diff <(echo "$2") <(echo "$3") | head -40 | sed 's/^/    /'
	fi
}
finish() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

# q DB ROLE SQL...: run SQL as ROLE (a login role) in DB, unaligned, no
# headers, stop at the first error; search_path pg_catalog only, so that
# nothing the tests plant is picked up by the test's own statements.
q() {
	local db=$1 role=$2
	shift 2
	PGOPTIONS='-c search_path=pg_catalog -c client_min_messages=warning' \
		psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -U "$role" "$@"
}

# load_seeds DB ROLE [SCHEMA]: every seed document through disclosure_load
load_seeds() {
	local db=$1 role=$2 schema=${3:-public} f
	for f in "$SEEDS"/*; do
		q "$db" "$role" -v src="seeds/$(basename "$f")" -v doc="$(cat "$f")" \
			<<<"SELECT reports FROM $schema.disclosure_load(:'src', :'doc');" >/dev/null || return 1
	done
}

# stored DB: the stored rows, as text, in id order (of the documents, the
# columns of 1.0: an update adds columns, NULL for the rows stored before;
# of each report every attribute but narrative, which 1.1 adds as NULL to
# the reports 1.0 stored)
stored() {
	q "$1" "$SUPERUSER" -c "SELECT (d.id, d.source, d.raw, d.sha256, d.loaded_at, d.note)::text FROM public.disclosure_documents d ORDER BY d.id" \
		-c "SELECT r.id, r.document_id, r.ordinal,
		           (pg_catalog.to_jsonb(r.report) OPERATOR(pg_catalog.-) 'narrative'::pg_catalog.text)::pg_catalog.text
		    FROM public.disclosure_reports r ORDER BY r.id"
}

# derived DB: what 1.1 derives from the stored reports (facts, findings,
# years side by side, duplicate groups), without ids and load times
derived() {
	q "$1" "$SUPERUSER" -c "SELECT (f.agency, f.year, f.template, f.canonical, f.known_cells, f.numbers_md5,
			f.new_received, f.total, f.carried_forward, f.review_total, f.procurement_amount_yuan)::text
		FROM public.disclosure_facts f ORDER BY 1" \
		-c "SELECT (x.finding_id, x.agency, x.year, x.rule, x.location, x.expected, x.actual,
			x.previous_report_id IS NULL)::text FROM public.disclosure_findings x ORDER BY 1" \
		-c "SELECT (y.agency, y.year, y.new_received_change, y.continuity_findings)::text
		FROM public.disclosure_year_over_year y ORDER BY 1" \
		-c "SELECT count(*) FROM public.disclosure_report_groups"
}

# without_narrative: derived's lines but the findings of the narrative
# rules, which need the narrative that 1.1 keeps with each report
without_narrative() {
	grep -vE ',(problems_empty|fees_stated|statement_year|all_completed),'
}

# view_columns DB: every view of the extension and its columns, one line
# each: "view col1,col2,..."
view_columns() {
	q "$1" "$SUPERUSER" -F ' ' -c "
		SELECT c.oid::regclass, string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum)
		FROM pg_class c JOIN pg_depend d
		  ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'disclosure'
		JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
		WHERE c.relkind = 'v' GROUP BY c.oid ORDER BY 1::text"
}

# views DB [COLUMNS]: what every view of the extension shows, as text,
# sorted; COLUMNS (as view_columns prints them) limits it to those views and
# columns, so that a later version's can be compared with an earlier's
views() {
	local db=$1 cols=${2:-} v c
	[ -n "$cols" ] || cols=$(view_columns "$db")
	while read -r v c; do
		echo "== $v"
		q "$db" "$SUPERUSER" -c "SELECT ROW($c)::text FROM $v ORDER BY 1"
	done <<<"$cols"
}

# foreign_dependencies DB: rows of disclosure_foreign_dependencies()
# (or a line saying the query failed, or that there is no extension)
foreign_dependencies() {
	q "$1" "$SUPERUSER" -c "\\ir $CATALOG_SQL" -c "
		SELECT 'no extension disclosure' WHERE NOT EXISTS (
			SELECT FROM pg_extension WHERE extname = 'disclosure')
		UNION ALL
		SELECT object || ' -> ' || depends_on FROM pg_temp.disclosure_foreign_dependencies()" ||
		echo "the query failed"
}

# catalog DB: lines of disclosure_catalog()
catalog() {
	q "$1" "$SUPERUSER" -c "\\ir $CATALOG_SQL" -c "SELECT * FROM pg_temp.disclosure_catalog()" ||
		echo "the query failed"
}
