#!/bin/bash
# scripts/demo.sh -- the main job: parse annual reports into SQL values.
#
#   bash scripts/demo.sh [FILE_OR_DIR...]      (default: test/data/seeds)
#
# Builds and installs the extension and the command-line tool, starts a
# throwaway PostgreSQL 15 cluster (test/cluster.sh), loads every document
# with `disclosure load` (folders recursively; UTF-8, GBK or GB18030), prints
# one row per report found (and a row for each document holding none), the
# parser's notes and the findings of the checks, then tears the cluster
# down. Exits non-zero if a document could not be loaded.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}

echo "==> building and installing the extension and the disclosure tool" >&2
make -s PG_CONFIG="$PG_CONFIG" -j"$(nproc)" >&2
make -s PG_CONFIG="$PG_CONFIG" install >&2
disclosure=$("$PG_CONFIG" --bindir)/disclosure

. "$root/test/cluster.sh"
cluster_start

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql -c 'CREATE EXTENSION disclosure'

# The loader reads each file, converts it to UTF-8 and calls
# disclosure_load(); a file it cannot read or store is reported with the
# reason, and the others still load.
echo
echo "==> loading documents"
status=0
"$disclosure" load "${@:-test/data/seeds}" || status=$?

echo
echo "==> reports parsed (counts are the 总计 column; NULL shows as blank)"
psql -P null='' <<'SQL'
SELECT regexp_replace(d.source, '^.*/', '') AS file,
       coalesce((r.report).agency,
                CASE WHEN r.id IS NULL THEN '(no report found)' END) AS agency,
       (r.report).year,
       (r.report).published,
       (r.report).template,
       (((r.report).requests).new_received).total    AS new_received,
       (((r.report).requests).granted).total         AS granted,
       (((r.report).requests).total).total           AS total,
       (((r.report).requests).carried_forward).total AS carried_fwd,
       ((r.report).procurement).projects             AS procure_n,
       ((r.report).procurement).amount_yuan          AS procure_yuan,
       (r.report).stated_requests                    AS stated_req,
       coalesce(cardinality((r.report).notes), 0)    AS notes
FROM disclosure_documents d
LEFT JOIN disclosure_reports r ON r.document_id = d.id
ORDER BY d.source, r.ordinal;
SQL

echo "==> parser notes"
psql -P null='' <<'SQL'
SELECT regexp_replace(d.source, '^.*/', '') AS file, r.ordinal AS report, n.note
FROM disclosure_documents d
JOIN disclosure_reports r ON r.document_id = d.id,
     unnest((r.report).notes) WITH ORDINALITY AS n(note, i)
ORDER BY d.source, r.ordinal, n.i;
SQL

echo "==> findings (disclosure_findings)"
psql -P null='' <<'SQL'
SELECT agency, year, rule, severity, expected, actual, message
FROM disclosure_findings
ORDER BY agency, year, rule;
SQL

cluster_stop
if [ "$status" -ne 0 ]; then
	echo "some documents could not be loaded (see above)" >&2
	exit 1
fi
