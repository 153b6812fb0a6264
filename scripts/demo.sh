#!/bin/bash
# scripts/demo.sh -- the main job: parse annual reports into SQL values.
#
#   bash scripts/demo.sh [FILE_OR_DIR...]      (default: test/data/seeds)
#
# Builds and installs the extension, starts a throwaway PostgreSQL 15 cluster
# (test/cluster.sh), loads every document into a table with
# disclosure_parse_all(), prints one row per report found (and a row for each
# document holding none), then tears the cluster down. Exits non-zero if a
# document could not be loaded.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}

# the documents, as absolute paths
files=()
for arg in "${@:-test/data/seeds}"; do
	if [ -d "$arg" ]; then
		for f in "$arg"/*; do [ -f "$f" ] && files+=("$(realpath "$f")"); done
	else
		files+=("$(realpath "$arg")")
	fi
done
if [ ${#files[@]} -eq 0 ]; then
	echo "no documents to load" >&2
	exit 1
fi

echo "==> building and installing the extension" >&2
make -s PG_CONFIG="$PG_CONFIG" -j"$(nproc)" >&2
make -s PG_CONFIG="$PG_CONFIG" install >&2

. "$root/test/cluster.sh"
cluster_start

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql <<'SQL'
CREATE EXTENSION disclosure;
CREATE TABLE document (file text PRIMARY KEY, error text);
CREATE TABLE report (
    file    text REFERENCES document,
    ordinal int,
    r       disclosure_report,
    PRIMARY KEY (file, ordinal)
);
SQL

# One psql per document, so that a document the parser rejects is recorded
# and the others still load. The file is read by psql itself (\set with a
# backquoted cat) and passed as a quoted literal (:'doc'), never spliced
# into SQL text.
failed=0
for f in "${files[@]}"; do
	name=$(basename "$f")
	if ! err=$(psql -v file="$f" -v name="$name" 2>&1 <<'SQL'
\set doc `cat :'file'`
INSERT INTO document VALUES (:'name', NULL);
INSERT INTO report
SELECT :'name', row_number() OVER (), p
FROM disclosure_parse_all(:'doc') AS p;
SQL
	); then
		failed=$((failed + 1))
		echo "error loading $name: $err" >&2
		psql -v name="$name" -v err="$err" <<'SQL'
INSERT INTO document VALUES (:'name', :'err')
ON CONFLICT (file) DO UPDATE SET error = EXCLUDED.error;
SQL
	fi
done

echo
echo "==> reports parsed (counts are the 总计 column; NULL shows as blank)"
psql -P null='' <<'SQL'
SELECT d.file,
       coalesce((x.r).agency,
                CASE WHEN d.error IS NOT NULL THEN '(error)'
                     WHEN x.file IS NULL THEN '(no report found)' END) AS agency,
       (x.r).year,
       (x.r).published,
       (x.r).template,
       (((x.r).requests).new_received).total    AS new_received,
       (((x.r).requests).granted).total         AS granted,
       (((x.r).requests).total).total           AS total,
       (((x.r).requests).carried_forward).total AS carried_fwd,
       ((x.r).procurement).projects             AS procure_n,
       ((x.r).procurement).amount_yuan          AS procure_yuan,
       (x.r).stated_requests                    AS stated_req,
       coalesce(cardinality((x.r).notes), 0)    AS notes
FROM document d
LEFT JOIN report x USING (file)
ORDER BY d.file, x.ordinal;
SQL

echo "==> parser notes"
psql -P null='' <<'SQL'
SELECT x.file, x.ordinal AS report, n.note
FROM report x, unnest((x.r).notes) WITH ORDINALITY AS n(note, i)
ORDER BY x.file, x.ordinal, n.i;
SQL

cluster_stop
if [ "$failed" -ne 0 ]; then
	echo "$failed of ${#files[@]} documents could not be loaded" >&2
	exit 1
fi
