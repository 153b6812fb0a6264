#!/usr/bin/env bash
# bench/run.sh -- the benchmark of issue 6, in one run.
#
#   bash bench/run.sh
#
# Builds and installs the extension, builds bench/core_bench, generates the
# corpora with bench/gen_corpus.py, starts a throwaway cluster
# (test/cluster.sh) and measures:
#   1. disclosure_parse_all(raw) against md5(raw) over the same stored rows,
#      single process, alternately, median (target: ratio <= 3); and the
#      plan of the same query with parallel workers;
#   2. the C core alone: MB/s and reports/s on one core;
#   3. scaling: documents of 1, 10, 100, 1000 reports, time per report
#      (target: flat, largest / smallest <= 1.5);
#   4. the views over BENCH_VIEW_ROWS stored reports, each against the same
#      SQL over plain tables of int columns made from the same data (target
#      ratio 1.5), disclosure_findings against count(*) of the stored
#      findings (target 2);
#   5. peak memory of one parse of a 10 MB document (target: <= 10x input),
#      in the core alone and in a server backend.
# It prints the machine, the versions, the details of each step, and a
# summary table at the end. Nothing is kept: the corpora and the cluster
# live in temporary directories removed on exit.
#
# Sizes (environment):
#   BENCH_DOCS=20000          documents for step 1 and 2 (one report each)
#   BENCH_RUNS=5              alternate runs of step 1 (median)
#   BENCH_SCALE="1 10 100 1000"  reports per document in step 3
#   BENCH_SCALE_REPORTS=1000  reports parsed at each step of 3
#   BENCH_VIEW_DOCS=300       distinct documents parsed and stored in step 4
#   BENCH_VIEW_ROWS=1000000   stored reports for step 4 (0 skips the step)
#   BENCH_VIEW_RUNS=3         timed runs of each view query and of its
#                             baseline, alternately (median)
#   BENCH_MEM_BYTES=10485760  size of the document of step 5
#   BENCH_SEED=1              random seed of the corpora
#   BENCH_INSTALL=1           0: do not build and install the extension
#                             (use the one installed)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

BENCH_DOCS=${BENCH_DOCS:-20000}
BENCH_RUNS=${BENCH_RUNS:-5}
BENCH_SCALE=${BENCH_SCALE:-1 10 100 1000}
BENCH_SCALE_REPORTS=${BENCH_SCALE_REPORTS:-1000}
BENCH_VIEW_DOCS=${BENCH_VIEW_DOCS:-300}
BENCH_VIEW_ROWS=${BENCH_VIEW_ROWS:-1000000}
BENCH_VIEW_RUNS=${BENCH_VIEW_RUNS:-3}
BENCH_MEM_BYTES=${BENCH_MEM_BYTES:-10485760}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_INSTALL=${BENCH_INSTALL:-1}

T0=$(date +%s)
say() { printf '%s\n' "$*"; }
step() { printf '\n== %s  (%ds)\n' "$*" $(($(date +%s) - T0)); }

# the value of key=value in a line of core_bench output
kv() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }
# the median of the numbers given
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
# arithmetic with decimals: calc 'expression'
calc() { awk "BEGIN {printf \"%.4g\", $1}"; }
# "yes" if the awk condition holds, else "NO"
holds() { awk "BEGIN {print (($1) ? \"yes\" : \"NO\")}"; }

PSQL=(psql -X -q -v ON_ERROR_STOP=1)
# Run SQL, print the "Execution Time" of every EXPLAIN ANALYZE in it, in ms,
# one per line. EXPLAIN (ANALYZE, TIMING OFF) runs the statement in full on
# the server without sending its rows, so client transfer is not measured.
exec_times() {
	"${PSQL[@]}" -A -t "$@" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p'
}

WORK=$(mktemp -d /tmp/disclosure-bench.XXXXXX)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT

# ---------------------------------------------------------------- machine
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- src Makefile disclosure--1.0.sql 2>/dev/null)" ]; then
	COMMIT="$COMMIT (with uncommitted changes in src/, Makefile or the install script)"
fi
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
MEM=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
step "machine"
say "date:       $(date -u '+%Y-%m-%d %H:%M UTC')"
say "commit:     $COMMIT"
say "cpu:        $(nproc) cores, ${CPU:-unknown}"
say "memory:     $MEM"
say "compiler:   $(${CC:-cc} --version | head -1)"
# other work on the machine skews the times: say how busy it was
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
say "load:       $LOAD_START (1, 5, 15 min averages, at the start)"
say "sizes:      BENCH_DOCS=$BENCH_DOCS BENCH_RUNS=$BENCH_RUNS BENCH_SCALE='$BENCH_SCALE'" \
	"BENCH_SCALE_REPORTS=$BENCH_SCALE_REPORTS BENCH_VIEW_DOCS=$BENCH_VIEW_DOCS" \
	"BENCH_VIEW_ROWS=$BENCH_VIEW_ROWS BENCH_MEM_BYTES=$BENCH_MEM_BYTES BENCH_SEED=$BENCH_SEED"

# ------------------------------------------------------------------ build
step "build"
if [ "$BENCH_INSTALL" = 1 ]; then
	make -s >"$WORK/make.log" 2>&1 || { cat "$WORK/make.log" >&2; exit 1; }
	make -s install >>"$WORK/make.log" 2>&1 || { cat "$WORK/make.log" >&2; exit 1; }
	say "extension built and installed"
else
	say "BENCH_INSTALL=0: using the extension installed"
fi
make -s -C bench core_bench >"$WORK/make-bench.log" 2>&1 || { cat "$WORK/make-bench.log" >&2; exit 1; }
say "bench/core_bench built"

# ---------------------------------------------------------------- corpora
step "corpora (bench/gen_corpus.py)"
gen() { python3 bench/gen_corpus.py --seed "$BENCH_SEED" "$@"; }
gen --docs "$BENCH_DOCS" --copy "$WORK/docs.copy" 2>&1
for k in $BENCH_SCALE; do
	n=$((BENCH_SCALE_REPORTS / k))
	[ "$n" -ge 1 ] || n=1
	gen --seed $((BENCH_SEED + k)) --docs "$n" --reports-per-doc "$k" --copy "$WORK/scale_$k.copy" 2>&1
done
# the same document twice: a file for the core, COPY data for the server
gen --seed $((BENCH_SEED + 7)) --docs 1 --doc-bytes "$BENCH_MEM_BYTES" --out "$WORK/mem" 2>&1
gen --seed $((BENCH_SEED + 7)) --docs 1 --doc-bytes "$BENCH_MEM_BYTES" --copy "$WORK/mem.copy" 2>/dev/null
if [ "$BENCH_VIEW_ROWS" -gt 0 ]; then
	VIEW_GEN=$(gen --seed $((BENCH_SEED + 9)) --docs "$BENCH_VIEW_DOCS" --copy "$WORK/view.copy" 2>&1)
	say "$VIEW_GEN"
fi

# ------------------------------------------------------------ core alone
# before the server starts, so that nothing else runs on the machine
step "2. the C core alone (bench/core_bench, one thread)"
CORE_LINE=$(bench/core_bench -n 5 "$WORK/docs.copy")
say "$CORE_LINE"
CORE_MBS=$(kv mb_per_s "$CORE_LINE")
CORE_RPS=$(kv reports_per_s "$CORE_LINE")
CORE_REPORTS=$(kv reports "$CORE_LINE")
CORE_BYTES=$(kv bytes "$CORE_LINE")
say "reports found: $CORE_REPORTS of $BENCH_DOCS generated"

step "3a. scaling in the core: time per report"
declare -A CORE_US SQL_US
for k in $BENCH_SCALE; do
	line=$(bench/core_bench -n 5 -t 1 "$WORK/scale_$k.copy")
	say "$k reports/document: $line"
	CORE_US[$k]=$(kv us_per_report "$line")
done

step "5a. memory of one parse in the core"
MEM_LINE=$(bench/core_bench -m "$WORK/mem/doc_000001.txt")
say "$MEM_LINE"
MEM_ARENA=$(kv arena_ratio "$MEM_LINE")
MEM_RSS=$(kv rss_growth_ratio "$MEM_LINE")
MEM_INPUT=$(kv input_bytes "$MEM_LINE")

# ----------------------------------------------------------------- server
step "cluster"
# BENCH_SHARED_BUFFERS: the server's shared_buffers; by default a quarter of
# the machine's memory, as PostgreSQL's documentation advises for a server
# of its own (an analysis server of a million reports); "default" keeps
# PostgreSQL's 128MB
if [ -z "${BENCH_SHARED_BUFFERS:-}" ]; then
	BENCH_SHARED_BUFFERS="$(($(awk '/^MemTotal/ {print $2}' /proc/meminfo) / 4 / 1024))MB"
fi
if [ "$BENCH_SHARED_BUFFERS" != default ]; then
	export CLUSTER_SERVER_OPTIONS="-c shared_buffers=$BENCH_SHARED_BUFFERS"
fi
# shellcheck source=../test/cluster.sh
. test/cluster.sh
cluster_start
# cluster_start replaced our EXIT trap: remove the corpora too
trap 'cluster_stop; rm -rf "$WORK"' EXIT
PGVERSION=$("${PSQL[@]}" -A -t -c 'SHOW server_version')
say "PostgreSQL $PGVERSION"
"${PSQL[@]}" -A -t -c "SELECT 'settings: ' || string_agg(name || '=' || setting || coalesce(unit, ''), ' ' ORDER BY name)
	FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'jit', 'max_parallel_workers_per_gather', 'fsync')"
"${PSQL[@]}" -c 'CREATE EXTENSION disclosure'

step "1. disclosure_parse_all(raw) against md5(raw), $BENCH_DOCS documents"
"${PSQL[@]}" <<SQL
CREATE TABLE bench_docs (id int GENERATED ALWAYS AS IDENTITY, raw text NOT NULL);
\copy bench_docs (raw) FROM '$WORK/docs.copy'
VACUUM ANALYZE bench_docs;
SQL
"${PSQL[@]}" -A -t -F ' ' -c "SELECT 'stored: ' || count(*) || ' documents, ' || sum(octet_length(raw)) || ' bytes, '
	|| pg_size_pretty(pg_total_relation_size('bench_docs')) || ' on disk (TOAST, compressed)' FROM bench_docs"
# Both queries read every row and detoast its raw; single process, no JIT
# (the parse query's cost would turn JIT on, md5's not), cache warmed by a
# first run of each; then BENCH_RUNS alternate runs.
{
	echo "SET max_parallel_workers_per_gather = 0; SET jit = off;"
	echo "SELECT count(*) FROM bench_docs, disclosure_parse_all(bench_docs.raw);"
	echo "SELECT count(md5(raw)) FROM bench_docs;"
	for _ in $(seq "$BENCH_RUNS"); do
		echo "EXPLAIN (ANALYZE, TIMING OFF) SELECT count(*) FROM bench_docs, disclosure_parse_all(bench_docs.raw);"
		echo "EXPLAIN (ANALYZE, TIMING OFF) SELECT count(md5(raw)) FROM bench_docs;"
	done
} >"$WORK/ratio.sql"
mapfile -t T < <(exec_times -f "$WORK/ratio.sql")
[ "${#T[@]}" -eq $((2 * BENCH_RUNS)) ] || { say "expected $((2 * BENCH_RUNS)) timings, got ${#T[@]}" >&2; exit 1; }
PARSE_T=() MD5_T=()
for i in $(seq 0 2 $((2 * BENCH_RUNS - 1))); do
	PARSE_T+=("${T[$i]}")
	MD5_T+=("${T[$((i + 1))]}")
done
say "parse_all ms: ${PARSE_T[*]}"
say "md5 ms:       ${MD5_T[*]}"
PARSE_MS=$(median "${PARSE_T[@]}")
MD5_MS=$(median "${MD5_T[@]}")
RATIO=$(calc "$PARSE_MS / $MD5_MS")
SQL_REPORTS=$("${PSQL[@]}" -A -t -c "SET max_parallel_workers_per_gather = 0;" \
	-c "SELECT count(*) FROM bench_docs, disclosure_parse_all(bench_docs.raw)")
SQL_MBS=$(calc "$CORE_BYTES / 1000 / $PARSE_MS")
SQL_RPS=$(calc "$SQL_REPORTS * 1000 / $PARSE_MS")
# other work on the machine can only add time: the fastest runs say too
PARSE_MIN=$(printf '%s\n' "${PARSE_T[@]}" | sort -g | head -1)
MD5_MIN=$(printf '%s\n' "${MD5_T[@]}" | sort -g | head -1)
RATIO_MIN=$(calc "$PARSE_MIN / $MD5_MIN")
say "median: parse_all $PARSE_MS ms, md5 $MD5_MS ms, ratio $RATIO (of the fastest runs: $RATIO_MIN);" \
	"$SQL_REPORTS reports: $SQL_MBS MB/s, $SQL_RPS reports/s in the server"

step "1b. the same query with parallel workers"
PAR_OUT=$("${PSQL[@]}" <<SQL
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET jit = off;
EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM bench_docs, disclosure_parse_all(bench_docs.raw);
SQL
)
say "$PAR_OUT"
PAR_MS=$(sed -n 's/^ *Execution Time: \([0-9.]*\) ms$/\1/p' <<<"$PAR_OUT")
PAR_LAUNCHED=$(sed -n 's/^ *Workers Launched: \([0-9]*\).*/\1/p' <<<"$PAR_OUT" | head -1)
PAR_LAUNCHED=${PAR_LAUNCHED:-0}
PAR_SPEEDUP=$(calc "$PARSE_MS / $PAR_MS")

step "3b. scaling in the server: time per report"
"${PSQL[@]}" -c 'CREATE TABLE bench_scale (k int, raw text NOT NULL)'
for k in $BENCH_SCALE; do
	"${PSQL[@]}" <<SQL
CREATE TEMP TABLE s (raw text);
\copy s FROM '$WORK/scale_$k.copy'
INSERT INTO bench_scale SELECT $k, raw FROM s;
SQL
done
"${PSQL[@]}" -c 'VACUUM ANALYZE bench_scale'
for k in $BENCH_SCALE; do
	{
		echo "SET max_parallel_workers_per_gather = 0; SET jit = off;"
		echo "SELECT count(*) FROM bench_scale, disclosure_parse_all(raw) WHERE k = $k;"
		for _ in 1 2 3; do
			echo "EXPLAIN (ANALYZE, TIMING OFF) SELECT count(*) FROM bench_scale, disclosure_parse_all(raw) WHERE k = $k;"
		done
	} >"$WORK/scale.sql"
	mapfile -t T < <(exec_times -f "$WORK/scale.sql")
	n=$("${PSQL[@]}" -A -t -c "SELECT count(*) FROM bench_scale, disclosure_parse_all(raw) WHERE k = $k")
	ms=$(median "${T[@]}")
	SQL_US[$k]=$(calc "$ms * 1000 / $n")
	say "$k reports/document: $n reports in $ms ms (median of ${T[*]}): ${SQL_US[$k]} us/report (core ${CORE_US[$k]})"
done
spread() { # largest / smallest of the values of an associative array
	local -n a=$1
	printf '%s\n' "${a[@]}" | sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.3g", hi/lo}'
}
CORE_SPREAD=$(spread CORE_US)
SQL_SPREAD=$(spread SQL_US)
say "largest / smallest time per report: core $CORE_SPREAD, server $SQL_SPREAD"

step "5b. memory of one parse in a server backend"
# The backend's peak RSS (VmHWM, /proc) before and after parsing the
# document, once it has already detoasted it once (md5), so that the growth
# is the parse's: the core's arena, and the result tuples.
"${PSQL[@]}" <<SQL
CREATE TABLE bench_mem (raw text NOT NULL);
\copy bench_mem FROM '$WORK/mem.copy'
SQL
MEM_SQL=$("${PSQL[@]}" -A -t <<'SQL'
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT pg_backend_pid() AS pid \gset
SELECT count(md5(raw)) FROM bench_mem;
\setenv BENCH_PID :pid
\! echo "before $(awk '/^VmHWM/ {print $2}' /proc/$BENCH_PID/status)"
SELECT count(*) FROM bench_mem, disclosure_parse_all(raw);
\! echo "after $(awk '/^VmHWM/ {print $2}' /proc/$BENCH_PID/status)"
SQL
)
HWM_BEFORE=$(sed -n 's/^before //p' <<<"$MEM_SQL")
HWM_AFTER=$(sed -n 's/^after //p' <<<"$MEM_SQL")
MEM_SERVER=$(calc "($HWM_AFTER - $HWM_BEFORE) * 1024 / $MEM_INPUT")
say "backend VmHWM: $HWM_BEFORE kB before, $HWM_AFTER kB after the parse: growth $MEM_SERVER x the input ($MEM_INPUT bytes)"

VIEW_ROWS=0
# Step 4: each analysts' view against the same SQL over plain tables of int
# columns made from the same data in the same run (the view's own
# definition, pg_get_viewdef, with the names of what it reads replaced by
# the plain tables), and disclosure_findings against count(*) of the stored
# findings; disclosure_request_cells (one report's table three in long form,
# read from the composite values) against count(*) of the stored reports.
# Each entry: name, view query, baseline query, target ratio, separated by
# the unit separator (US, 0x1f)
VIEW_PAIRS=()
declare -A VIEW_MS BASE_MS
if [ "$BENCH_VIEW_ROWS" -gt 0 ]; then
	step "4. the views over $BENCH_VIEW_ROWS stored reports"
	# parse and store a few hundred distinct documents, then copy their
	# reports (each copy a body of its own: agency suffixed with the copy's
	# number, same document) up to BENCH_VIEW_ROWS rows; the triggers on
	# disclosure_reports write their facts and findings as the rows go in
	t=$(date +%s)
	"${PSQL[@]}" <<SQL
CREATE TEMP TABLE v (id int GENERATED ALWAYS AS IDENTITY, raw text);
\copy v (raw) FROM '$WORK/view.copy'
SELECT count(*) AS documents, sum(l.reports) AS reports
FROM v, disclosure_load('bench-' || v.id, v.raw) AS l \gset
\echo stored :documents documents, :reports reports
SELECT count(*) FILTER (WHERE NOT disclosure_is_consistent(report)) AS inconsistent
FROM disclosure_reports \gset
\echo of which disclosure_is_consistent() is false for :inconsistent (gen_corpus broke $(kv broken "$VIEW_GEN"))
SQL
	say "loaded in $(($(date +%s) - t)) s"
	t=$(date +%s)
	"${PSQL[@]}" <<SQL
SET max_parallel_workers_per_gather = 0;
INSERT INTO disclosure_reports (document_id, ordinal, report)
SELECT r.document_id, r.ordinal + 10000 * g.g,
       ROW((r.report).agency || '-' || g.g, (r.report).year,
           (r.report).published, (r.report).template, (r.report).proactive,
           (r.report).procurement, (r.report).requests, (r.report).review,
           (r.report).suit_direct, (r.report).suit_after_review,
           (r.report).stated_requests, (r.report).stated_proactive,
           (r.report).notes, (r.report).narrative)::disclosure_report
FROM disclosure_reports r
CROSS JOIN generate_series(1, $BENCH_VIEW_ROWS / (SELECT count(*) FROM disclosure_reports)) AS g (g)
LIMIT greatest($BENCH_VIEW_ROWS - (SELECT count(*) FROM disclosure_reports), 0);
SQL
	say "copied, with their facts and findings, in $(($(date +%s) - t)) s"
	t=$(date +%s)
	# the plain tables: the same rows, as plain int columns
	"${PSQL[@]}" <<'SQL'
CREATE TABLE bench_plain_totals AS SELECT * FROM disclosure_request_totals;
CREATE TABLE bench_plain_procurement AS SELECT * FROM disclosure_procurement_by_report;
CREATE TABLE bench_plain_litigation AS SELECT * FROM disclosure_litigation;
CREATE TABLE bench_plain_facts AS SELECT * FROM disclosure_facts WHERE canonical;
VACUUM ANALYZE;
CHECKPOINT;
SQL
	say "plain tables made in $(($(date +%s) - t)) s"
	VIEW_ROWS=$("${PSQL[@]}" -A -t -c 'SELECT count(*) FROM disclosure_reports')
	"${PSQL[@]}" -A -t -c "SELECT 'stored: ' || count(*) || ' reports of ' || count(DISTINCT (report).agency) || ' agencies, '
		|| pg_size_pretty(pg_total_relation_size('disclosure_reports')) || ' on disk; facts '
		|| pg_size_pretty(pg_total_relation_size('disclosure_facts')) || ', '
		|| (SELECT count(*) FROM disclosure_stored_findings) || ' findings '
		|| pg_size_pretty(pg_total_relation_size('disclosure_stored_findings')) FROM disclosure_reports"
	# the view's definition over the plain tables
	plain() { # VIEW FROM=TO...
		local v=$1 def
		shift
		def=$("${PSQL[@]}" -A -t -c "SELECT pg_get_viewdef('$v'::regclass)")
		local r
		for r in "$@"; do def=${def//${r%%=*}/${r#*=}}; done
		def=${def%;}
		printf '%s' "${def//$'\n'/ }"
	}
	ROLLUP_PLAIN=$(plain disclosure_requests_rollup disclosure_request_totals=bench_plain_totals)
	US=$'\x1f'
	VIEW_PAIRS=(
		"disclosure_request_totals${US}SELECT * FROM disclosure_request_totals${US}SELECT * FROM bench_plain_totals${US}1.5"
		"disclosure_requests_by_year${US}SELECT * FROM disclosure_requests_by_year${US}SELECT * FROM ($ROLLUP_PLAIN) s WHERE grouped_by = 'year'${US}1.5"
		"disclosure_requests_by_agency${US}SELECT * FROM disclosure_requests_by_agency${US}SELECT * FROM ($ROLLUP_PLAIN) s WHERE grouped_by = 'agency'${US}1.5"
		"disclosure_procurement_by_year${US}SELECT * FROM disclosure_procurement_by_year${US}$(plain disclosure_procurement_by_year disclosure_procurement_by_report=bench_plain_procurement)${US}1.5"
		"disclosure_litigation_by_year${US}SELECT * FROM disclosure_litigation_by_year${US}$(plain disclosure_litigation_by_year disclosure_litigation=bench_plain_litigation)${US}1.5"
		"disclosure_year_over_year${US}SELECT * FROM disclosure_year_over_year${US}$(plain disclosure_year_over_year disclosure_facts=bench_plain_facts)${US}1.5"
		"disclosure_findings${US}SELECT * FROM disclosure_findings${US}SELECT count(*) FROM disclosure_stored_findings${US}2"
		"disclosure_request_cells${US}SELECT count(*) FROM disclosure_request_cells${US}SELECT count(*) FROM disclosure_reports${US}"
	)
	# single process like step 1; each query once untimed (the cache), then
	# the view and its baseline alternately BENCH_VIEW_RUNS times
	for pair in "${VIEW_PAIRS[@]}"; do
		IFS=$'\x1f' read -r name vq bq target <<<"$pair"
		{
			echo "SET max_parallel_workers_per_gather = 0; SET jit = off;"
			echo "EXPLAIN (ANALYZE, TIMING OFF) $vq;"
			echo "EXPLAIN (ANALYZE, TIMING OFF) $bq;"
			for _ in $(seq "$BENCH_VIEW_RUNS"); do
				echo "EXPLAIN (ANALYZE, TIMING OFF) $vq;"
				echo "EXPLAIN (ANALYZE, TIMING OFF) $bq;"
			done
		} >"$WORK/view.sql"
		mapfile -t T < <(exec_times -f "$WORK/view.sql")
		VT=() BT=()
		for k in $(seq 2 2 $((2 * BENCH_VIEW_RUNS))); do
			VT+=("${T[$k]}")
			BT+=("${T[$((k + 1))]}")
		done
		VIEW_MS[$name]=$(median "${VT[@]}")
		BASE_MS[$name]=$(median "${BT[@]}")
		say "$name: ${VIEW_MS[$name]} ms (${VT[*]}) against ${BASE_MS[$name]} ms (${BT[*]}):" \
			"ratio $(calc "${VIEW_MS[$name]} / ${BASE_MS[$name]}")"
		say "    baseline: ${bq:0:200}$([ ${#bq} -le 200 ] || echo ' ...')"
	done
fi

# ---------------------------------------------------------------- summary
step "summary"
cat <<EOF
date $(date -u '+%Y-%m-%d'), commit $COMMIT
$(nproc) cores ${CPU:-unknown}, $MEM, PostgreSQL $PGVERSION
load average at the start $LOAD_START, at the end $(cut -d' ' -f1-3 /proc/loadavg)

| # | measure | result | target | holds |
|---|---|---|---|---|
| 1 | disclosure_parse_all vs md5, $BENCH_DOCS docs ($(calc "$CORE_BYTES / 1e6") MB), single process, median of $BENCH_RUNS | $PARSE_MS ms vs $MD5_MS ms: ratio $RATIO (fastest runs: $RATIO_MIN) | <= 3 | $(holds "$RATIO <= 3") |
| 1 | parse in the server | $SQL_MBS MB/s, $SQL_RPS reports/s | | |
| 1b | parallel plan (2 workers planned) | $PAR_LAUNCHED workers launched, $PAR_MS ms: $PAR_SPEEDUP x the single process | workers >= 1 | $(holds "$PAR_LAUNCHED >= 1") |
| 2 | C core alone, one core | $CORE_MBS MB/s, $CORE_RPS reports/s | | |
EOF
for k in $BENCH_SCALE; do
	echo "| 3 | $k reports/document: time per report | core ${CORE_US[$k]} us, server ${SQL_US[$k]} us | | |"
done
cat <<EOF
| 3 | largest / smallest time per report | core $CORE_SPREAD, server $SQL_SPREAD | flat (<= 1.5) | $(holds "$CORE_SPREAD <= 1.5 && $SQL_SPREAD <= 1.5") |
EOF
if [ "$VIEW_ROWS" -gt 0 ]; then
	for pair in "${VIEW_PAIRS[@]}"; do
		IFS=$'\x1f' read -r name vq bq target <<<"$pair"
		r=$(calc "${VIEW_MS[$name]} / ${BASE_MS[$name]}")
		if [ -n "$target" ]; then
			against="the same SQL over a plain table"
			[ "$name" != disclosure_findings ] || against="count(*) of the stored findings"
			echo "| 4 | \`$vq\` against $against, $VIEW_ROWS reports | ${VIEW_MS[$name]} ms vs ${BASE_MS[$name]} ms: ratio $r | <= $target | $(holds "$r <= $target") |"
		else
			echo "| 4 | \`$vq\` against \`$bq\`, $VIEW_ROWS reports | ${VIEW_MS[$name]} ms vs ${BASE_MS[$name]} ms: ratio $r | | |"
		fi
	done
else
	echo "| 4 | views | skipped (BENCH_VIEW_ROWS=0) | | |"
fi
cat <<EOF
| 5 | one parse of a $(calc "$MEM_INPUT / 1048576") MiB document, core: arena | $MEM_ARENA x input | <= 10 | $(holds "$MEM_ARENA <= 10") |
| 5 | core: peak RSS growth (getrusage) | $MEM_RSS x input | <= 10 | $(holds "$MEM_RSS <= 10") |
| 5 | server backend: peak RSS growth (VmHWM) | $MEM_SERVER x input | <= 10 | $(holds "$MEM_SERVER <= 10") |
EOF
say ""
say "done in $(($(date +%s) - T0)) s"
