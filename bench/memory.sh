#!/usr/bin/env bash
# bench/memory.sh -- peak memory of one parse, text and HTML, 10 and 50 MB
# (issue 11), in the command-line tool and in a server backend.
#
#   bash bench/memory.sh            # builds and installs the extension first
#                                   # (holding /tmp/disclosure-pg.lock)
#   BENCH_INSTALL=0 bash bench/memory.sh
#
# Documents (bench/gen_corpus.py, bench/gen_hostile.py): text = one document
# of distinct generated reports (gen_corpus --doc-bytes); html = the HTML
# page of report 003 with its body repeated; and the worst shapes reports,
# table, htmltable.  For each: the peak RSS of `disclosure check FILE`
# (/usr/bin/time -f %M), and the growth of a backend's peak RSS (VmHWM in
# /proc/PID/status) over `SELECT count(*) FROM disclosure_parse_all(doc)`,
# measured after the backend has detoasted the stored document once (md5),
# both as a multiple of the document's size.  Set DISCLOSURE_OLD to another
# build of the tool to measure it beside (the "before" column).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SIZES=${BENCH_MEM_SIZES:-10 50}
SHAPES=${BENCH_MEM_SHAPES:-text html reports table htmltable}
WORK=$(mktemp -d /tmp/disclosure-bench-mem.XXXXXX)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT

make -s >/dev/null
make -s cli >/dev/null
PG_BIN=$(pg_config --bindir)

for mb in $SIZES; do
	for shape in $SHAPES; do
		f="$WORK/${shape}_$mb"
		if [ "$shape" = text ]; then
			python3 bench/gen_corpus.py --docs 1 --doc-bytes $((mb * 1000000)) --out "$WORK/g" 2>/dev/null
			mv "$WORK/g/doc_000001.txt" "$f"
		else
			python3 bench/gen_hostile.py "$shape" $((mb * 1000000)) >"$f"
		fi
	done
done

# the command-line tool: no server needed
declare -A CLI OLD BYTES
for mb in $SIZES; do
	for shape in $SHAPES; do
		f="$WORK/${shape}_$mb"
		BYTES[$f]=$(stat -c %s "$f")
		CLI[$f]=$(/usr/bin/time -f %M src/cli/disclosure check "$f" 2>&1 >/dev/null | tail -1)
		if [ -n "${DISCLOSURE_OLD:-}" ]; then
			OLD[$f]=$(/usr/bin/time -f %M "$DISCLOSURE_OLD" check "$f" 2>&1 >/dev/null | tail -1)
		fi
	done
done

# The server: other sessions install the same extension into the same
# directories, so the install and the measures hold /tmp/disclosure-pg.lock.
exec 9>/tmp/disclosure-pg.lock
flock 9
if [ "${BENCH_INSTALL:-1}" = 1 ]; then
	make -s install >/dev/null
fi
. test/cluster.sh
cluster_start
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
"${PSQL[@]}" -c 'CREATE EXTENSION disclosure' -c 'CREATE TABLE mem_docs (name text, doc text)'

kb_to_x() { awk "BEGIN {printf \"%.2f\", $1 * 1024 / $2}"; }
printf '%-10s %5s %12s %10s %14s %14s %s\n' shape MB bytes reports "cli peak x" "backend x" "${DISCLOSURE_OLD:+cli before x}"
for mb in $SIZES; do
	for shape in $SHAPES; do
		f="$WORK/${shape}_$mb"
		bytes=${BYTES[$f]}
		old=
		if [ -n "${DISCLOSURE_OLD:-}" ]; then
			old=$(kb_to_x "${OLD[$f]}" "$bytes")
		fi
		printf '\\set doc `cat %s`\nINSERT INTO mem_docs VALUES (%s, :%s);\n' \
			"$f" "'${shape}_$mb'" "'doc'" | "${PSQL[@]}"
		out=$("${PSQL[@]}" -A -t <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT pg_backend_pid() AS pid \gset
SELECT count(md5(doc)) AS detoasted FROM mem_docs WHERE name = '${shape}_$mb' \gset
\setenv BENCH_PID :pid
\! echo "before \$(awk '/^VmHWM/ {print \$2}' /proc/\$BENCH_PID/status)"
SELECT count(*) FROM mem_docs, disclosure_parse_all(doc) WHERE name = '${shape}_$mb';
\! echo "after \$(awk '/^VmHWM/ {print \$2}' /proc/\$BENCH_PID/status)"
SQL
)
		before=$(sed -n 's/^before //p' <<<"$out")
		after=$(sed -n 's/^after //p' <<<"$out")
		reports=$(grep -v '^before\|^after' <<<"$out" | tail -1)
		printf '%-10s %5s %12s %10s %14s %14s %s\n' "$shape" "$mb" "$bytes" "$reports" \
			"$(kb_to_x "${CLI[$f]}" "$bytes")" "$(kb_to_x $((after - before)) "$bytes")" "$old"
		"${PSQL[@]}" -c "DELETE FROM mem_docs"
	done
done
cluster_stop
