#!/bin/bash
# test/cli/test_cli.sh -- tests of the command-line tool `disclosure`.
#
#   bash test/cli/test_cli.sh
#
# Uses the installed tool ($(pg_config --bindir)/disclosure, or $DISCLOSURE)
# and the cluster named by PGHOST/PGPORT/PGUSER, as test/run.sh leaves them;
# without PGHOST it starts a throwaway cluster of its own (test/cluster.sh).
#
# 1. `disclosure check` and `check --json` on each seed document: the agencies
#    and years of test/data/golden.json, the expected finding rules, and the
#    very reports and findings disclosure_parse_all() and disclosure_check()
#    give in SQL (compared as jsonb), in the same words in the text output.
# 2. `disclosure load` of a folder of the seeds plus a file of undecodable
#    bytes: counts, the bad file reported with its path, exit status 1, a
#    second run that adds nothing; then GB18030 and UTF-8-with-BOM copies,
#    each into a fresh database, store the same texts and reports as the
#    UTF-8 originals.
# 3. Hostile paths and a busy database: file names with bytes that are not
#    UTF-8, terminal escapes and a bidi override (loaded, printed and stored
#    escaped); a FIFO, /dev/zero, a socket and a 300 MB file named on the
#    command line (refused at once, under timeout); FIFOs, sockets, broken
#    links, link loops and links to devices and folders inside a folder
#    (skipped, said and counted, not failures); a serialization failure and
#    a deadlock provoked by a second session (retried); the exit statuses.
# Closes with 'N passed, N failed'; exits non-zero if anything failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
DISCLOSURE=${DISCLOSURE:-$("$PG_CONFIG" --bindir)/disclosure}
SEEDS=$root/test/data/seeds
DBS=(disclosure_cli_utf8 disclosure_cli_gb18030 disclosure_cli_bom disclosure_cli_names)

# shellcheck source=lib.sh
. "$root/test/cli/lib.sh"
# make_socket PATH: a Unix socket left at PATH (perl-base is always there)
make_socket() {
	perl -MIO::Socket::UNIX -e \
		'IO::Socket::UNIX->new(Type => SOCK_STREAM(), Local => $ARGV[0], Listen => 1) or die "$!\n"' "$1"
}
# lacks_raw_bytes FILE: FILE holds no ESC, BEL, 0xFF or U+202E as such
lacks_raw_bytes() { ! LC_ALL=C grep -q "$(printf '\x1b\\|\x07\\|\xff\\|\xe2\x80\xae')" "$1"; }

cli_setup disclosure-cli

# sql DB SQL [VAR=FILE...]: run SQL, with the bytes of each FILE in base64 as
# :'VAR' (so that nothing in a file is changed, not even a trailing newline);
# prints the rows unaligned, without headers.
sql() {
	local db=$1 text=$2 kv
	shift 2
	{
		for kv in "$@"; do
			printf "\\set %s '%s'\n" "${kv%%=*}" "$(base64 -w0 "${kv#*=}")"
		done
		printf '%s\n' "$text"
	} | psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db"
}

# the text of a file given as :'VAR' in base64
utf8() { echo "convert_from(decode(:'$1', 'base64'), 'UTF8')"; }

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
for db in "${DBS[@]}"; do
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" &&
		psql -X -q -d postgres -c "CREATE DATABASE $db" &&
		psql -X -q -d "$db" -c 'CREATE EXTENSION disclosure' ||
		{ echo "cannot create database $db" >&2; exit 1; }
done
scratch=${DBS[0]}

# ---------------------------------------------------------------- usage ----

echo "-- usage"
check "disclosure --help exits 0 and names the commands" \
	bash -c '"$1" --help | grep -q "^  load" && "$1" --help | grep -q "^  check"' _ "$DISCLOSURE"
for c in load check; do
	check "disclosure $c --help exits 0" bash -c '"$1" "$2" --help | grep -q "Usage:"' _ "$DISCLOSURE" "$c"
done
"$DISCLOSURE" frobnicate >/dev/null 2>&1
same "an unknown command exits 2" 2 $?
"$DISCLOSURE" load --no-such-option x >/dev/null 2>&1
same "an unknown option exits 2" 2 $?
"$DISCLOSURE" check >/dev/null 2>&1
same "check without files exits 2" 2 $?

# ---------------------------------------------------------------- check ----

echo "-- disclosure check on each seed"

# the finding rules each seed's reports must raise, in order
declare -A RULES=(
	[000_4f3bfc39153d33d4.txt]="template_year"
	[001_6174489a5f7162cb.txt]="stated_requests all_completed incomplete_table"
	[002_1ca1bc342bc23096.txt]=""
	[003_5c245e0f5975cf67.txt]=""
	[004_76d90fd474e57dbd.txt]=""
)

for f in "$SEEDS"/*; do
	name=$(basename "$f")
	json=$tmp/$name.check.json
	text=$tmp/$name.check.txt
	"$DISCLOSURE" check --json "$f" >"$json"
	same "$name: check --json exits 0" 0 $?
	"$DISCLOSURE" check "$f" >"$text"
	same "$name: check exits 0" 0 $?

	# agency and year of every report, against the hand-checked golden file
	got=$(sql "$scratch" "
		SELECT string_agg((r->'report'->>'agency') || ' ' || (r->'report'->>'year'), '; ')
		FROM jsonb_array_elements(($(utf8 j))::jsonb -> 0 -> 'reports') r" j="$json")
	want=$(sql "$scratch" "
		SELECT string_agg((r->>'agency') || ' ' || (r->>'year'), '; ')
		FROM jsonb_array_elements(($(utf8 g))::jsonb -> 'documents') d,
		     jsonb_array_elements(d->'reports') r
		WHERE d->>'file' = '$name'" g="$root/test/data/golden.json")
	same "$name: agencies and years (--json)" "$want" "$got"

	got=$(sql "$scratch" "
		SELECT coalesce(string_agg(f->>'rule', ' '), '')
		FROM jsonb_array_elements(($(utf8 j))::jsonb -> 0 -> 'reports') r,
		     jsonb_array_elements(r->'findings') f" j="$json")
	same "$name: finding rules (--json)" "${RULES[$name]}" "$got"

	# the same reports and findings as SQL, to the last cell and word
	got=$(sql "$scratch" "
		SELECT (SELECT coalesce(jsonb_agg(jsonb_build_object(
		            'report', to_jsonb(p),
		            'findings', (SELECT coalesce(jsonb_agg(to_jsonb(c)), '[]')
		                         FROM disclosure_check(p) c))), '[]')
		        FROM disclosure_parse_all($(utf8 doc)) p)
		     = ($(utf8 j))::jsonb -> 0 -> 'reports'" doc="$f" j="$json")
	same "$name: --json equals disclosure_parse_all + disclosure_check" t "$got"

	# the text output says the same: each report's heading, each finding
	lines=$(sql "$scratch" "
		SELECT '  ' || coalesce(p.agency, '(agency unknown)') || ' ' || p.year
		FROM disclosure_parse_all($(utf8 doc)) p
		UNION ALL
		SELECT c.severity || ' ' || c.rule || ' at ' || c.location
		FROM disclosure_parse_all($(utf8 doc)) p, disclosure_check(p) c
		UNION ALL
		SELECT '        ' || c.message
		FROM disclosure_parse_all($(utf8 doc)) p, disclosure_check(p) c" doc="$f")
	same "$name: SQL gives the lines to look for" 0 $?
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		check "$name: text output has '$line'" grep -qF -- "$line" "$text"
	done <<<"$lines"
done
# HTML renderings of the seeds, and damaged ones: read here as the server reads them
for f in "$root"/test/data/html/*.html; do
	name=$(basename "$f")
	"$DISCLOSURE" check --json "$f" >"$tmp/$name.check.json"
	same "html/$name: check --json exits 0" 0 $?
	same "html/$name: --json equals disclosure_parse_all + disclosure_check" t "$(sql "$scratch" "
		SELECT (SELECT coalesce(jsonb_agg(jsonb_build_object(
		            'report', to_jsonb(p),
		            'findings', (SELECT coalesce(jsonb_agg(to_jsonb(c)), '[]')
		                         FROM disclosure_check(p) c))), '[]')
		        FROM disclosure_parse_all($(utf8 doc)) p)
		     = ($(utf8 j))::jsonb -> 0 -> 'reports'
		   AND jsonb_array_length(($(utf8 j))::jsonb -> 0 -> 'reports') > 0" doc="$f" j="$tmp/$name.check.json")"
done
check "002 (a work plan) is a document with no report" \
	grep -q '^== .*002_1ca1bc342bc23096.txt (UTF-8): no report$' "$tmp/002_1ca1bc342bc23096.txt.check.txt"
check "000 says its verbatim copy was dropped" \
	grep -q '1 report (1 verbatim copy dropped)$' "$tmp/000_4f3bfc39153d33d4.txt.check.txt"
check "check reads a folder as load does" \
	bash -c '[ "$("$1" check "$2" | grep -c "^== ")" -eq 5 ]' _ "$DISCLOSURE" "$SEEDS"

# --------------------------------------------------------- the folders ----

utf8_dir=$tmp/utf8
gb_dir=$tmp/gb18030
bom_dir=$tmp/bom
mkdir -p "$utf8_dir/nested" "$gb_dir" "$bom_dir"
for f in "$SEEDS"/*; do
	name=$(basename "$f")
	cp "$f" "$utf8_dir/nested/"
	iconv -f UTF-8 -t GB18030 "$f" >"$gb_dir/$name"
	{ printf '\xef\xbb\xbf'; cat "$f"; } >"$bom_dir/${name%.txt}.md"
done
# undecodable: 0xFF is neither UTF-8 nor GB18030
bad=$utf8_dir/undecodable.txt
printf 'annual report \xff\xfe\x81 end\n' >"$bad"
# passed over: not a report-like name, and hidden
cp "$SEEDS/003_5c245e0f5975cf67.txt" "$utf8_dir/scan.png"
cp "$SEEDS/003_5c245e0f5975cf67.txt" "$utf8_dir/.hidden.txt"
check "the GB18030 copies are not valid UTF-8" \
	bash -c '! iconv -f UTF-8 -t UTF-8 "$1"/001_*.txt >/dev/null 2>&1' _ "$gb_dir"

# summary_value FILE LABEL: the number after "LABEL: " in a load summary
summary_value() { sed -n "s/^$2: \([0-9]*\).*/\1/p" "$1"; }

# ----------------------------------------------------------------- load ----

echo "-- disclosure load"
db=${DBS[0]}
"$DISCLOSURE" load -d "$db" "$utf8_dir" >"$tmp/load1.out" 2>"$tmp/load1.err"
same "first load exits 1 because of the undecodable file" 1 $?
cat "$tmp/load1.out"
same "first load: files" 6 "$(summary_value "$tmp/load1.out" files)"
same "first load: reports" 8 "$(summary_value "$tmp/load1.out" reports)"
same "first load: documents with no report" 1 "$(summary_value "$tmp/load1.out" "documents with no report")"
same "first load: findings" 4 "$(summary_value "$tmp/load1.out" findings)"
same "first load: failures" 1 "$(summary_value "$tmp/load1.out" failures)"
check "first load: 5 files loaded" grep -q '(loaded 5, already loaded 0, failed 1;' "$tmp/load1.out"
check "the undecodable file is reported with its path and reason" \
	grep -qF "disclosure: error: $bad: neither UTF-8 (invalid byte 0xFF" "$tmp/load1.err"
check "the progress names each file loaded" \
	bash -c '[ "$(grep -c "^\[[0-9]/6\] .*nested/" "$1")" -eq 5 ]' _ "$tmp/load1.err"
check "the progress of 002 says it holds no report" \
	grep -q '002_1ca1bc342bc23096.txt: no report (no annual report found' "$tmp/load1.err"
same "stored: documents, reports, findings" "5|8|4" "$(sql "$db" "
	SELECT (SELECT count(*) FROM disclosure_documents) || '|' ||
	       (SELECT count(*) FROM disclosure_reports) || '|' ||
	       (SELECT count(*) FROM disclosure_reports r, disclosure_check(r.report))")"
same "stored: the source is the path" "$utf8_dir/nested/003_5c245e0f5975cf67.txt" "$(sql "$db" "
	SELECT d.source FROM disclosure_documents d JOIN disclosure_reports r ON r.document_id = d.id
	WHERE (r.report).agency = '金东区鞋塘办事处'")"
same "stored: the texts are the files, byte for byte" "" "$(for f in "$SEEDS"/*; do
	sql "$db" "SELECT 'differs: $(basename "$f")' WHERE NOT EXISTS (
		SELECT FROM disclosure_documents WHERE raw = $(utf8 doc))" doc="$f"
done)"

# the stored reports, in a fixed order: to compare between databases
stored_reports() {
	sql "$1" "SELECT d.sha256 || ' ' || r.ordinal || ' ' || to_jsonb(r.report)
	          FROM disclosure_reports r JOIN disclosure_documents d ON d.id = r.document_id
	          ORDER BY d.sha256, r.ordinal"
}
stored_reports "$db" >"$tmp/utf8.reports"

"$DISCLOSURE" load -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$db" "$utf8_dir" \
	>"$tmp/load2.out" 2>"$tmp/load2.err"
same "second load exits 1 (the undecodable file again)" 1 $?
check "second load adds nothing" grep -q '(loaded 0, already loaded 5, failed 1;' "$tmp/load2.out"
same "second load: no new reports" "8 (0 new)" "$(sed -n 's/^reports: //p' "$tmp/load2.out")"
stored_reports "$db" >"$tmp/utf8.again"
check "second load leaves the stored reports as they were" cmp -s "$tmp/utf8.reports" "$tmp/utf8.again"
same "second load: still 5 documents" 5 "$(sql "$db" 'SELECT count(*) FROM disclosure_documents')"

# -------------------------------------------- GB18030 and BOM copies ----

for enc in gb18030 bom; do
	db=disclosure_cli_$enc
	dir=$tmp/$enc
	echo "-- disclosure load of the $enc copies"
	PGDATABASE=$db "$DISCLOSURE" load "$dir" >"$tmp/$enc.out" 2>"$tmp/$enc.err"
	same "$enc: load exits 0" 0 $?
	check "$enc: 5 files loaded, none failed" grep -q '^files: 5 (loaded 5, already loaded 0, failed 0;' "$tmp/$enc.out"
	stored_reports "$db" >"$tmp/$enc.reports"
	check "$enc: the stored texts and reports equal those from the UTF-8 originals" \
		cmp -s "$tmp/utf8.reports" "$tmp/$enc.reports"
done
check "gb18030: each file was read as GB18030" \
	bash -c '[ "$(grep -c "\[GB18030\]$" "$1")" -eq 5 ]' _ "$tmp/gb18030.err"
check "bom: each file was read as UTF-8 with a byte-order mark" \
	bash -c '[ "$(grep -c "\[UTF-8 with byte-order mark\]$" "$1")" -eq 5 ]' _ "$tmp/bom.err"
"$DISCLOSURE" check --json "$gb_dir/001_6174489a5f7162cb.txt" >"$tmp/gb-check.json"
same "check --json on a GB18030 copy equals the UTF-8 original's reports" t "$(sql "$scratch" "
	SELECT ($(utf8 a))::jsonb -> 0 -> 'reports' = ($(utf8 b))::jsonb -> 0 -> 'reports'
	   AND ($(utf8 a))::jsonb -> 0 ->> 'encoding' = 'GB18030'" \
	a="$tmp/gb-check.json" b="$tmp/001_6174489a5f7162cb.txt.check.json")"

# a page saved in GBK that says so in its <meta>: converted, then read as
# UTF-8 by both the tool and the server, whatever the <meta> says
page=$root/test/data/html/000.html
sed 's/charset=utf-8/charset=gbk/' "$page" | iconv -f UTF-8 -t GBK >"$tmp/gbk-page.html"
"$DISCLOSURE" check --json "$tmp/gbk-page.html" >"$tmp/gbk-page.json"
same "a GBK page (meta charset=gbk): check reads what it reads in UTF-8" t "$(sql "$scratch" "
	SELECT ($(utf8 a))::jsonb -> 0 -> 'reports' = ($(utf8 b))::jsonb -> 0 -> 'reports'" \
	a="$tmp/gbk-page.json" b="$tmp/000.html.check.json")"
"$DISCLOSURE" load -d disclosure_cli_gb18030 "$tmp/gbk-page.html" >/dev/null 2>&1
same "a GBK page: load exits 0" 0 $?
same "a GBK page: the server stores what check reads" t "$(sql disclosure_cli_gb18030 "
	SELECT jsonb_agg(to_jsonb(r.report) ORDER BY r.ordinal)
	       = jsonb_path_query_array(($(utf8 a))::jsonb, '\$[0].reports[*].report')
	FROM disclosure_reports r JOIN disclosure_documents d ON d.id = r.document_id
	WHERE d.source = '$tmp/gbk-page.html'" a="$tmp/000.html.check.json")"

# ------------------------------------------------- progress on a terminal ----

if command -v script >/dev/null; then
	script -qec "$(printf '%q ' "$DISCLOSURE" load -d "${DBS[0]}" "$utf8_dir/nested")" \
		/dev/null >"$tmp/tty.out" </dev/null
	check "on a terminal, progress is one line redrawn with carriage returns" \
		grep -q $'\r.*5/5 files, [0-9.]* files/s, 8 reports, 4 findings' "$tmp/tty.out"
fi

# ------------------------------------------------------------- failures ----

"$DISCLOSURE" load -d "${DBS[0]}" -p 1 "$utf8_dir" >/dev/null 2>"$tmp/noconn.err"
same "no server: exit 2" 2 $?
"$DISCLOSURE" load -d postgres "$utf8_dir" >/dev/null 2>"$tmp/noext.err"
same "a database without the extension: exit 2" 2 $?
check "a database without the extension is named" \
	grep -q 'extension "disclosure" is not installed in database "postgres"' "$tmp/noext.err"
"$DISCLOSURE" check "$bad" "$SEEDS/003_5c245e0f5975cf67.txt" >"$tmp/check-bad.out" 2>"$tmp/check-bad.err"
same "check of an undecodable file exits 1" 1 $?
check "check goes on after an undecodable file" grep -q '金东区鞋塘办事处 2020' "$tmp/check-bad.out"


# ------------------------------------------------ other encodings, bytes ----

echo "-- disclosure check on other encodings and on bytes it must refuse"
seed=$SEEDS/001_6174489a5f7162cb.txt
iconv -f UTF-8 -t GBK "$seed" >"$tmp/gbk.txt"
"$DISCLOSURE" check --json "$tmp/gbk.txt" >"$tmp/gbk.json"
same "a GBK copy reads as the UTF-8 original" t "$(sql "$scratch" "
	SELECT ($(utf8 a))::jsonb -> 0 -> 'reports' = ($(utf8 b))::jsonb -> 0 -> 'reports'" \
	a="$tmp/gbk.json" b="$tmp/001_6174489a5f7162cb.txt.check.json")"
"$DISCLOSURE" check --json - <"$seed" >"$tmp/stdin.json"
same "check - reads standard input" t "$(sql "$scratch" "
	SELECT ($(utf8 a))::jsonb -> 0 -> 'reports' = ($(utf8 b))::jsonb -> 0 -> 'reports'" \
	a="$tmp/stdin.json" b="$tmp/001_6174489a5f7162cb.txt.check.json")"
{ printf '\xef\xbb\xbf'; cat "$seed"; printf 'tail \xe4\xb8\n'; } >"$tmp/bom-broken.txt"
printf '\xff\xfe\x00\x81\x00\x82' >"$tmp/utf16.txt"
printf 'text\000more\n' >"$tmp/nul.txt"
for f in bom-broken utf16 nul; do
	"$DISCLOSURE" check "$tmp/$f.txt" >/dev/null 2>"$tmp/$f.err"
	same "$f: check exits 1" 1 $?
done
check "a UTF-8 BOM before bytes that are not UTF-8 is refused, with the offset" \
	grep -qF "$tmp/bom-broken.txt: begins with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0xE4 at offset $(($(wc -c <"$seed") + 8)))" "$tmp/bom-broken.err"
check "UTF-16 is refused, with a hint" grep -q 'UTF-16 byte-order mark.*iconv -f UTF-16' "$tmp/utf16.err"
check "a NUL byte is refused" grep -qF "$tmp/nul.txt: contains a NUL byte (at offset 4)" "$tmp/nul.err"

# ------------------------------------------------------------ file names ----

echo "-- file names: bytes that are not UTF-8, terminal escapes, bidi overrides"
db=disclosure_cli_names
names_dir=$tmp/names
mkdir -p "$names_dir"
# 0xFF 0xFE (not UTF-8), ESC [31m ... ESC [0m (colour), U+202E (right-to-left
# override), a backslash; shown_* is how the tool must print and store them
odd_name=$(printf 'odd\xff\xfe\x1b[31mred\x1b[0m\xe2\x80\xae\\x.txt')
shown_name='odd\xff\xfe\x1b[31mred\x1b[0m\xe2\x80\xae\\x.txt'
odd=$names_dir/$odd_name
shown=$names_dir/$shown_name
printf '%s' "$shown" >"$tmp/shown"
cp "$SEEDS/003_5c245e0f5975cf67.txt" "$odd"
"$DISCLOSURE" load -d "$db" "$names_dir" >"$tmp/names.out" 2>"$tmp/names.err"
same "a file named with 0xFF and an ESC sequence: load exits 0" 0 $?
check "... the progress line shows the name escaped" \
	grep -qF "[1/1] $shown: 1 report, 0 findings" "$tmp/names.err"
check "... no raw ESC, 0xFF or U+202E reaches stderr" lacks_raw_bytes "$tmp/names.err"
check "... and nothing is said about invalid bytes" \
	bash -c '! grep -qi "invalid\|byte sequence" "$1"' _ "$tmp/names.err"
same "... the source is stored escaped" t "$(sql "$db" "
	SELECT source = $(utf8 s) FROM disclosure_documents" s="$tmp/shown")"
"$DISCLOSURE" check --json "$odd" >"$tmp/names.json" 2>"$tmp/names-check.err"
same "... check --json exits 0" 0 $?
same "... its JSON is valid and names the file escaped" t "$(sql "$scratch" "
	SELECT ($(utf8 j))::jsonb -> 0 ->> 'file' = $(utf8 s)" j="$tmp/names.json" s="$tmp/shown")"
"$DISCLOSURE" check "$odd" >"$tmp/names-check.out"
check "... the text output shows it escaped" \
	grep -qF "== $shown (UTF-8): 1 report" "$tmp/names-check.out"
# a failure names the file escaped too
bad_name=$names_dir/$(printf 'bad\x1b]0;title\x07\xff')
printf 'annual report \xff\xfe\x81 end\n' >"$bad_name"
"$DISCLOSURE" check --json "$bad_name" >"$tmp/bad-name.json" 2>"$tmp/bad-name.err"
same "an undecodable file with an odd name: check exits 1" 1 $?
check "... the error shows the name escaped and blames the bytes inside" \
	grep -qF "$names_dir/bad\x1b]0;title\x07\xff: neither UTF-8 (invalid byte 0xFF at offset 14)" "$tmp/bad-name.err"
check "... no raw control bytes reach stderr" lacks_raw_bytes "$tmp/bad-name.err"
same "... its JSON error element is valid" t "$(sql "$scratch" "
	SELECT ($(utf8 j))::jsonb -> 0 ? 'error'" j="$tmp/bad-name.json")"

# -------------------------------------- special files on the command line ----

echo "-- special files named on the command line: refused at once, never opened"
special=$tmp/special
mkdir -p "$special"
mkfifo "$special/fifo.txt"
make_socket "$special/socket.txt"
ln -s /dev/zero "$special/zero-link.txt"
start=$(date +%s)
timeout 20 "$DISCLOSURE" check "$special/fifo.txt" >/dev/null 2>"$tmp/fifo.err"
same "a FIFO given to check: exit 1 (not the 124 of a timeout)" 1 $?
check "... refused with a message" \
	grep -qF "disclosure: error: $special/fifo.txt: a FIFO (named pipe), not a regular file: not read" "$tmp/fifo.err"
timeout 20 "$DISCLOSURE" check /dev/zero >/dev/null 2>"$tmp/zero.err"
same "/dev/zero given to check: exit 1" 1 $?
check "... refused with a message" \
	grep -qF "disclosure: error: /dev/zero: a character device, not a regular file: not read" "$tmp/zero.err"
timeout 20 "$DISCLOSURE" load -d disclosure_cli_names "$special/fifo.txt" /dev/zero \
	"$special/socket.txt" "$special/zero-link.txt" "$SEEDS/004_76d90fd474e57dbd.txt" \
	>"$tmp/special.out" 2>"$tmp/special.err"
same "load of a FIFO, /dev/zero, a socket, a link to /dev/zero and a report: exit 1" 1 $?
check "... the report is loaded, the four others failed" \
	grep -q '^files: 5 (loaded 1, already loaded 0, failed 4;' "$tmp/special.out"
for what in "fifo.txt: a FIFO (named pipe)" "socket.txt: a socket" "zero-link.txt: a character device"; do
	check "... load says $what" grep -qF "$special/$what, not a regular file: not read" "$tmp/special.err"
done
check "... load says /dev/zero is a character device" \
	grep -qF "/dev/zero: a character device, not a regular file: not read" "$tmp/special.err"
timeout 60 "$DISCLOSURE" check - </dev/zero >/dev/null 2>"$tmp/stdin-zero.err"
same "check - with /dev/zero as standard input: exit 1" 1 $?
check "... stops at the size limit" \
	grep -qF "disclosure: error: -: more than the 256 MB a file may have: not read" "$tmp/stdin-zero.err"
truncate -s 300M "$special/huge.txt"
timeout 20 "$DISCLOSURE" check "$special/huge.txt" >/dev/null 2>"$tmp/huge.err"
same "a 300 MB file: exit 1" 1 $?
check "... refused by its size, before it is read" \
	grep -qF "$special/huge.txt: 314572800 bytes, more than the 256 MB a file may have: not read" "$tmp/huge.err"
rm -f "$special/huge.txt"
check "all of it took less than 20 s" [ $(($(date +%s) - start)) -lt 20 ]

# ------------------------------------------- special entries in folders ----

echo "-- special entries in folders: skipped, said, counted, not failures"
skips=$tmp/skips
mkdir -p "$skips/sub"
cp "$SEEDS/000_4f3bfc39153d33d4.txt" "$skips/"
mkfifo "$skips/fifo.txt" "$skips/.hidden-fifo" "$skips/fifo.png"
make_socket "$skips/socket"
ln -s no-such-file.txt "$skips/broken.txt"
ln -s loop-b "$skips/loop-a"
ln -s loop-a "$skips/loop-b"
ln -s self "$skips/self"
ln -s /dev/zero "$skips/sub/zero.txt"
ln -s .. "$skips/sub/up"
# name escaped in the skip line too
ln -s nowhere "$skips/$(printf 'gone\x1b[2J')"
declare -A SKIPPED=(
	[broken.txt]="a broken symbolic link (its target does not exist)"
	[fifo.txt]="a FIFO (named pipe), not a regular file"
	[loop-a]="a symbolic link loop (too many levels of links)"
	[loop-b]="a symbolic link loop (too many levels of links)"
	[self]="a symbolic link loop (too many levels of links)"
	[socket]="a socket, not a regular file"
	[sub/zero.txt]="a symbolic link to a character device, not a regular file"
	[sub/up]="a symbolic link to a folder (not followed)"
	['gone\x1b[2J']="a broken symbolic link (its target does not exist)"
)
timeout 20 "$DISCLOSURE" load -d disclosure_cli_names "$skips" >"$tmp/skips.out" 2>"$tmp/skips.err"
same "load of a folder with special entries: exit 0 (skipped is not failed)" 0 $?
check "... the one report file is loaded" \
	grep -q '^files: 1 (loaded 1, already loaded 0, failed 0;' "$tmp/skips.out"
same "... the summary counts what was skipped" "${#SKIPPED[@]}" "$(summary_value "$tmp/skips.out" skipped)"
same "... a line for each, no more" "${#SKIPPED[@]}" "$(grep -c '^disclosure: skipped ' "$tmp/skips.err")"
for entry in "${!SKIPPED[@]}"; do
	check "... skipped $entry: ${SKIPPED[$entry]}" \
		grep -qxF "disclosure: skipped $skips/$entry: ${SKIPPED[$entry]}" "$tmp/skips.err"
done
check "... hidden entries and other names are passed over without a word" \
	bash -c '! grep -q "hidden-fifo\|fifo\.png" "$1"' _ "$tmp/skips.err"
check "... no raw ESC reaches stderr" lacks_raw_bytes "$tmp/skips.err"
timeout 20 "$DISCLOSURE" check "$skips" >/dev/null 2>"$tmp/skips-check.err"
same "check of the same folder: exit 0" 0 $?
check "... says what it skipped, and how many" \
	grep -qxF "disclosure: skipped ${#SKIPPED[@]} entries of folders that are not regular files" "$tmp/skips-check.err"
same "... a line for each" "${#SKIPPED[@]}" "$(grep -c '^disclosure: skipped .*: ' "$tmp/skips-check.err")"
# a special file named on the command line, beside the folder, still fails
timeout 20 "$DISCLOSURE" load -d disclosure_cli_names "$skips" "$skips/fifo.txt" >"$tmp/skips2.out" 2>/dev/null
same "the folder and its FIFO named on the command line: exit 1" 1 $?
check "... the named FIFO is the one failure" \
	grep -q '^files: 2 (loaded 0, already loaded 1, failed 1;' "$tmp/skips2.out"

# -------------------------------------------------------------- retries ----

echo "-- retries: a serialization failure and a deadlock, provoked by another session"
db=disclosure_cli_names

# wait_for DB SQL: until the query gives t, for at most 20 s
wait_for() {
	local i
	for i in $(seq 200); do
		[ "$(sql "$1" "$2")" == t ] && return 0
		sleep 0.1
	done
	return 1
}
# until some lock on relation REL held by the session named APP is granted
held_by() {
	echo "SELECT EXISTS (SELECT FROM pg_locks l JOIN pg_stat_activity a USING (pid)
	        WHERE a.application_name = '$1' AND l.relation = '$2'::regclass AND l.granted)"
}
# a DO block that waits (at most 20 s) until some lock of the kind is awaited
await_waiter() {
	echo "DO \$\$ BEGIN FOR i IN 1..400 LOOP
	        EXIT WHEN EXISTS (SELECT FROM pg_locks WHERE $1 AND NOT granted);
	        PERFORM pg_sleep(0.05); END LOOP; END \$\$;"
}

# 40001: another session stores the same text and holds its transaction open;
# the loader, in a serializable transaction, waits on that row; when the other
# commits, the row is one its snapshot cannot see: "could not serialize access".
# Tried again, the text is found stored.
doc=$SEEDS/001_6174489a5f7162cb.txt
PGAPPNAME=retry-holder sql "$db" "
	BEGIN;
	SELECT FROM disclosure_load('another session', $(utf8 d));
	$(await_waiter "locktype = 'transactionid'")
	COMMIT;" d="$doc" >/dev/null 2>"$tmp/holder.err" &
holder=$!
check "the other session holds the text stored, uncommitted" \
	wait_for "$db" "$(held_by retry-holder disclosure_documents)"
PGOPTIONS="$PGOPTIONS -c default_transaction_isolation=serializable" \
	timeout 60 "$DISCLOSURE" load -d "$db" "$doc" >"$tmp/retry.out" 2>"$tmp/retry.err"
same "a serialization failure (40001): load exits 0" 0 $?
wait "$holder"
same "... the other session committed" 0 $?
check "... the retry is said, with the server's words and the SQLSTATE" \
	grep -qE "^disclosure: warning: $doc: the server refused it: could not serialize access due to concurrent update \(SQLSTATE 40001\); trying again in [0-9.]+ s \(attempt 2 of 5\)$" "$tmp/retry.err"
check "... then the text is found stored by the other session" \
	grep -qF "[1/1] $doc: already loaded, 5 reports" "$tmp/retry.err"
check "... and counted so" grep -q '^files: 1 (loaded 0, already loaded 1, failed 0;' "$tmp/retry.out"

# 40P01: another session locks disclosure_reports, waits until the loader
# (holding disclosure_documents) waits for it, then asks for
# disclosure_documents; the loader's deadlock check (deadlock_timeout 1 s,
# the other's is 60 s) finds the cycle and aborts the loader's transaction;
# tried again once the other has committed, it goes through.
doc=$SEEDS/002_1ca1bc342bc23096.txt
PGAPPNAME=deadlock-holder sql "$db" "
	BEGIN;
	SET LOCAL deadlock_timeout = '60s';
	LOCK TABLE disclosure_reports IN SHARE MODE;
	$(await_waiter "relation = 'disclosure_reports'::regclass")
	LOCK TABLE disclosure_documents IN SHARE MODE;
	COMMIT;" >/dev/null 2>"$tmp/deadlock-holder.err" &
holder=$!
check "the other session holds disclosure_reports" \
	wait_for "$db" "$(held_by deadlock-holder disclosure_reports)"
timeout 60 "$DISCLOSURE" load -d "$db" "$doc" >"$tmp/deadlock.out" 2>"$tmp/deadlock.err"
same "a deadlock (40P01): load exits 0" 0 $?
wait "$holder"
same "... the other session committed" 0 $?
check "... the retry is said" \
	grep -qE "^disclosure: warning: $doc: the server refused it: deadlock detected .*\(SQLSTATE 40P01\); trying again in [0-9.]+ s \(attempt 2 of 5\)$" "$tmp/deadlock.err"
check "... then the file is loaded" grep -q '^files: 1 (loaded 1, already loaded 0, failed 0;' "$tmp/deadlock.out"
same "... once" 1 "$(sql "$db" "SELECT count(*) FROM disclosure_documents WHERE source = '$doc'")"

# Two copies of one report loaded at the same moment (the text by another
# session, which holds its transaction open; the HTML page by the loader):
# the loader's analysis waits for the other's, then sees its report, so the
# two are one group with one canonical report, counted once.
# (Both texts are new to the database: a text stored before adds nothing.)
doc=$SEEDS/004_76d90fd474e57dbd.txt
page=$tmp/004-copy.html
{ cat "$root/test/data/html/004.html"; echo '<!-- scraped again -->'; } >"$page"
PGAPPNAME=copy-holder sql "$db" "
	BEGIN;
	SELECT FROM disclosure_load('the text, by another session', $(utf8 d) || E'\\n（另一来源）');
	$(await_waiter "relation = 'disclosure_facts'::regclass")
	COMMIT;" d="$doc" >/dev/null 2>"$tmp/copy-holder.err" &
holder=$!
check "the other session holds the text's report, uncommitted" \
	wait_for "$db" "$(held_by copy-holder disclosure_facts)"
timeout 60 "$DISCLOSURE" load -d "$db" "$page" >"$tmp/copy.out" 2>"$tmp/copy.err"
same "two copies at once: load exits 0" 0 $?
wait "$holder"
same "... the other session committed" 0 $?
check "... the loader stored the page" grep -q '^files: 1 (loaded 1, already loaded 0, failed 0;' "$tmp/copy.out"
same "... the copies stored are one group with one canonical report, counted once" "true|1|1" \
	"$(sql "$db" "SELECT (count(*) >= 2) || '|' || count(*) FILTER (WHERE canonical) || '|'
		|| (SELECT count(*) FROM disclosure_request_totals WHERE agency = '温州市机关事务管理局' AND year = 2020)
		FROM disclosure_facts WHERE agency = '温州市机关事务管理局' AND year = 2020")"

# ---------------------------------------------------------- exit status ----

echo "-- exit status: 0 all went well, 1 some file failed, 2 bad usage or no database"
"$DISCLOSURE" load -d disclosure_cli_names >/dev/null 2>&1
same "load without paths: 2" 2 $?
"$DISCLOSURE" load -d disclosure_cli_names "$tmp/no-such-file.txt" >/dev/null 2>&1
same "load of a path that does not exist: 1" 1 $?
"$DISCLOSURE" check "$tmp/no-such-file.txt" >/dev/null 2>&1
same "check of a path that does not exist: 1" 1 $?
mkdir -p "$tmp/empty" "$tmp/only-special"
mkfifo "$tmp/only-special/fifo.txt"
ln -s nowhere "$tmp/only-special/broken.txt"
"$DISCLOSURE" load -d disclosure_cli_names "$tmp/empty" >/dev/null 2>&1
same "load of an empty folder: 0" 0 $?
timeout 20 "$DISCLOSURE" load -d disclosure_cli_names "$tmp/only-special" >/dev/null 2>&1
same "load of a folder holding only a FIFO and a broken link: 0" 0 $?
timeout 20 "$DISCLOSURE" check --json "$tmp/only-special" >"$tmp/only-special.json" 2>/dev/null
same "check --json of it: 0" 0 $?
same "... an empty JSON array" "[]" "$(cat "$tmp/only-special.json")"
timeout 20 "$DISCLOSURE" load -d disclosure_cli_names -p 1 "$tmp/only-special/fifo.txt" >/dev/null 2>&1
same "no server, whatever the files: 2" 2 $?

for db in "${DBS[@]}"; do
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
