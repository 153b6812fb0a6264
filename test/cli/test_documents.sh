#!/bin/bash
# test/cli/test_documents.sh -- PDF and DOCX files through the command-line
# tool `disclosure`, and the record of each original file.
#
#   bash test/cli/test_documents.sh
#
# Uses the installed tool ($(pg_config --bindir)/disclosure, or $DISCLOSURE),
# pdftotext (poppler-utils), python3, and the cluster named by PGHOST/PGPORT
# as test/run.sh leaves them; without PGHOST it starts a throwaway cluster
# of its own (test/cluster.sh).
#
# 1. The published PDF test/data/pdf/huaian_hongzequ_2024.pdf: the reports
#    read from it equal those read from `pdftotext -layout` text of it (its
#    hand label is scored by bench/score.py in test/run.sh). PDFs made by
#    LibreOffice from seeds (test/data/pdf/seeds) give the seed's reports;
#    DOCX made by LibreOffice from seed pages (test/data/docx) give the
#    reports of the seed or page they were made from. A PDF or DOCX is told
#    by its bytes, whatever its name.
# 2. Hostile and odd files (test/data/hostile, made by make_hostile.py): a
#    scanned page with no text layer, a truncated PDF and DOCX, an encrypted PDF, PDF
#    bombs (5,000 pages, nesting 10,000 deep, 256 MiB of drawing operators),
#    zip bombs (4 GiB declared, 1.5 GiB behind a declared 1,000 bytes), an
#    entity bomb, XML nested 100,000 deep: each fails with its reason on
#    stderr naming the file, in bounded time, and the good files beside them
#    in a folder are still read; exit status 1.
# 3. `disclosure load` of such a folder: the record of each original (its
#    SHA-256 and size as sha256sum and stat give them, its media type, how
#    its text was taken) stored with the document, the reports those of
#    `check --json`, the failures counted.
# Closes with 'N passed, N failed'; exits non-zero if anything failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
DISCLOSURE=${DISCLOSURE:-$("$PG_CONFIG" --bindir)/disclosure}
DATA=$root/test/data
HOSTILE=$DATA/hostile
DB=disclosure_cli_documents

# shellcheck source=lib.sh
. "$root/test/cli/lib.sh"

cli_setup disclosure-documents

# reports_of JSON [--no-notes] [--no-narrative]: the reports (with their
# findings) of the one file of a `check --json` output, as canonical JSON;
# without notes, or without the narrative, when asked
reports_of() {
	python3 - "$@" <<'PY'
import json, sys
args = [a for a in sys.argv[1:] if not a.startswith("--no-")]
doc = json.load(open(args[0]))
assert len(doc) == 1, "one file"
reports = doc[0].get("reports")
if reports is None:
    print("no reports: " + doc[0].get("error", "?"))
    sys.exit(0)
for flag, key in (("--no-notes", "notes"), ("--no-narrative", "narrative")):
    if flag in sys.argv:
        for r in reports:
            r["report"].pop(key, None)
print(json.dumps(reports, sort_keys=True, ensure_ascii=False))
PY
}
# field_of JSON KEY: a top-level field of the one file of a check --json output
field_of() {
	python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[0][sys.argv[2]])' "$1" "$2"
}
# check_json FILE OUT: check --json FILE into OUT; its exit status
check_json() { "$DISCLOSURE" check --json "$1" >"$2" 2>"$2.err"; }

# ---------------------------------------------------------------- PDF ----

echo "-- the published PDF, against pdftotext -layout"
pdf=$DATA/pdf/huaian_hongzequ_2024.pdf
check_json "$pdf" "$tmp/huaian.json"
same "huaian PDF: check --json exits 0" 0 $?
pdftotext -layout "$pdf" "$tmp/huaian.txt"
check_json "$tmp/huaian.txt" "$tmp/huaian.txt.json"
check "huaian PDF: one report read" \
	test "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))[0]["reports"]))' "$tmp/huaian.json")" = 1
same "huaian PDF: its reports and findings equal those of pdftotext -layout text" \
	"$(reports_of "$tmp/huaian.txt.json")" "$(reports_of "$tmp/huaian.json")"
same "huaian PDF: media type" "application/pdf" "$(field_of "$tmp/huaian.json" media_type)"
check "huaian PDF: extractor names poppler-cpp and the physical layout" \
	grep -q '^poppler-cpp [0-9.]* physical layout$' <<<"$(field_of "$tmp/huaian.json" extractor)"
same "huaian PDF: SHA-256 of the file" "$(sha256sum <"$pdf" | cut -d' ' -f1)" \
	"$(field_of "$tmp/huaian.json" source_sha256)"
same "huaian PDF: size of the file" "$(stat -c %s "$pdf")" "$(field_of "$tmp/huaian.json" source_bytes)"
check "huaian PDF: the text output names the media type and the extractor" \
	grep -q '^== .*huaian_hongzequ_2024.pdf (application/pdf, poppler-cpp .* physical layout): 1 report$' \
	<<<"$("$DISCLOSURE" check "$pdf")"

echo "-- PDFs and DOCX made from seeds"
# FILE ORIGINAL [--no-...]: FILE gives the reports ORIGINAL gives.
# LibreOffice renders the parts of the seed pages that a browser hides (a
# menu, 'hiddendebris'), which the HTML reader skips: in the files made from
# the pages they end up in section 六's text, so the narrative differs there
# (the tables, identity and findings do not)
for pair in "pdf/seeds/000_4f3bfc39153d33d4.pdf seeds/000_4f3bfc39153d33d4.txt" \
	"pdf/seeds/003_5c245e0f5975cf67.pdf seeds/003_5c245e0f5975cf67.txt" \
	"pdf/seeds/003_from_html.pdf seeds/003_5c245e0f5975cf67.txt --no-notes --no-narrative" \
	"docx/000.docx seeds/000_4f3bfc39153d33d4.txt" \
	"docx/003.docx seeds/003_5c245e0f5975cf67.txt --no-narrative" \
	"docx/001.docx html/001.html --no-narrative"; do
	read -r file original notes <<<"$pair"
	name=${file//\//_}
	check_json "$DATA/$file" "$tmp/$name.json"
	same "$file: check --json exits 0" 0 $?
	check_json "$DATA/$original" "$tmp/$name.orig.json"
	want=$(reports_of "$tmp/$name.orig.json" $notes)
	check "$file: $original has reports" test "${want:0:1}" = "["
	same "$file: its reports and findings equal those of $original${notes:+ (but for $notes)}" \
		"$want" "$(reports_of "$tmp/$name.json" $notes)"
done
# 003_from_html.pdf: what differs is one note, and only that
check "003_from_html.pdf: table three read by the template's row order, said in a note" \
	grep -q "table three was read by the template's row order" "$tmp/pdf_seeds_003_from_html.pdf.json"
same "003.docx: media type" "application/vnd.openxmlformats-officedocument.wordprocessingml.document" \
	"$(field_of "$tmp/docx_003.docx.json" media_type)"
check "003.docx: extractor names libzip and libxml2" \
	grep -q '^docx libzip [0-9.]* libxml2 [0-9.]*$' <<<"$(field_of "$tmp/docx_003.docx.json" extractor)"

echo "-- told by the bytes, not the name"
mkdir "$tmp/names"
cp "$pdf" "$tmp/names/report"
cp "$pdf" "$tmp/names/report.txt"
cp "$DATA/docx/003.docx" "$tmp/names/page.html"
for f in report report.txt; do
	check_json "$tmp/names/$f" "$tmp/names/$f.json"
	same "a PDF named $f: read as a PDF" application/pdf "$(field_of "$tmp/names/$f.json" media_type)"
done
check_json "$tmp/names/page.html" "$tmp/names/page.html.json"
same "a DOCX named page.html: read as a DOCX" \
	application/vnd.openxmlformats-officedocument.wordprocessingml.document \
	"$(field_of "$tmp/names/page.html.json" media_type)"
same "the PDF named report.txt gives the PDF's reports" \
	"$(reports_of "$tmp/huaian.json")" "$(reports_of "$tmp/names/report.txt.json")"

# ---------------------------------------------------------------- hostile ----

echo "-- hostile and odd files"
# NAME REASON: check fails on it at once (exit 1, within 20 s), saying REASON
# on stderr after the file's name
declare -A REASONS=(
	[scanned.pdf]="no text layer (scanned image?): its page holds no text"
	[truncated.pdf]="a damaged PDF: poppler could not read it"
	[encrypted.pdf]="an encrypted PDF that needs a password to be opened: not read"
	[pages_bomb.pdf]="a PDF of 5000 pages, more than the 1000 a report may have (a PDF bomb?): not read"
	[nesting_bomb.pdf]="no text layer (scanned image?)"
	[content_bomb.pdf]="a PDF that took more than 2 s to read (a PDF bomb?): stopped"
	[zip_bomb.docx]="a DOCX whose word/document.xml would inflate to 4294967440 bytes, more than the 64 MB allowed (a zip bomb?): not read"
	[zip_bomb_lying.docx]="a DOCX whose word/document.xml inflates to more than the 64 MB allowed (a zip bomb?): not read"
	[truncated.docx]="a damaged DOCX: not a zip archive libzip can open"
	[entities.docx]="a DOCX whose word/document.xml declares a DTD or entities (Word writes none; an entity bomb?): not read"
	[deep.docx]="a damaged DOCX: word/document.xml is not well-formed XML, or nested too deep (libxml2: Excessive depth in document"
)
export DISCLOSURE_EXTRACT_SECONDS=2
for name in "${!REASONS[@]}"; do
	started=$(date +%s%N)
	timeout 20 "$DISCLOSURE" check "$HOSTILE/$name" >"$tmp/h.out" 2>"$tmp/h.err"
	status=$?
	ms=$((($(date +%s%N) - started) / 1000000))
	same "$name: check exits 1" 1 "$status"
	check "$name: says why, naming the file (got: $(cat "$tmp/h.err"))" \
		grep -qF "disclosure: error: $HOSTILE/$name: ${REASONS[$name]}" "$tmp/h.err"
	check "$name: within 5 s (took $ms ms)" test "$ms" -lt 5000
	check "$name: nothing on stdout" test ! -s "$tmp/h.out"
done
# memory: the reader runs in a child with an address-space limit; the
# tool and its reader stay small while the lying zip bomb inflates
/usr/bin/time -o "$tmp/rss" -f '%M' "$DISCLOSURE" check "$HOSTILE/zip_bomb_lying.docx" >/dev/null 2>&1
rss=$(tail -1 "$tmp/rss")
check "the lying zip bomb is read in less than 200 MB (took $rss kB)" test "${rss:-999999}" -lt 200000

echo "-- a folder of hostile files and good ones"
mkdir "$tmp/folder"
cp "$HOSTILE"/*.pdf "$HOSTILE"/*.docx "$pdf" "$DATA/docx/003.docx" "$tmp/folder/"
cp "$DATA/seeds/000_4f3bfc39153d33d4.txt" "$tmp/folder/"
timeout 120 "$DISCLOSURE" check "$tmp/folder" >"$tmp/folder.out" 2>"$tmp/folder.err"
same "check of the folder exits 1" 1 $?
same "every hostile file said on stderr" 11 "$(grep -c '^disclosure: error: ' "$tmp/folder.err")"
same "the good files are read" \
	"000_4f3bfc39153d33d4.txt: 1 report (1 verbatim copy dropped)|003.docx: 1 report|huaian_hongzequ_2024.pdf: 1 report" \
	"$(grep '^== ' "$tmp/folder.out" | sed -E 's|^== (.*/)?([^/ ]+) \([^)]*\): |\2: |' | paste -sd'|')"

# ---------------------------------------------------------------- load ----

echo "-- disclosure load: the record of each original"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" &&
	psql -X -q -d postgres -c "CREATE DATABASE $DB" &&
	psql -X -q -d "$DB" -c 'CREATE EXTENSION disclosure' || { echo "cannot create $DB" >&2; exit 1; }
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

timeout 300 "$DISCLOSURE" load -d "$DB" "$tmp/folder" >"$tmp/load.out" 2>"$tmp/load.err"
same "load of the folder exits 1" 1 $?
same "load: the summary counts the files" "files: 14 (loaded 3, already loaded 0, failed 11" \
	"$(grep '^files:' "$tmp/load.out" | sed 's/;.*//')"
same "load: each hostile file said with its reason" 11 "$(grep -c 'encrypted\|damaged\|bomb\|no text layer' "$tmp/load.err")"
expected=""
for f in 000_4f3bfc39153d33d4.txt 003.docx huaian_hongzequ_2024.pdf; do
	expected+="$f $(sha256sum <"$tmp/folder/$f" | cut -d' ' -f1) $(stat -c %s "$tmp/folder/$f")"$'\n'
done
same "load: the SHA-256 and size of each original are stored" "${expected%$'\n'}" \
	"$(q -c "SELECT regexp_replace(source, '.*/', '') || ' ' || source_sha256 || ' ' || source_bytes
	         FROM disclosure_documents ORDER BY source")"
same "load: the media types and extractors" \
	"text/plain as is (UTF-8)|application/vnd.openxmlformats-officedocument.wordprocessingml.document docx|application/pdf poppler-cpp" \
	"$(q -c "SELECT media_type || ' ' || regexp_replace(extractor, ' libzip.*| [0-9].*', '')
	         FROM disclosure_documents ORDER BY source" | paste -sd'|')"
# the stored reports are those check --json gave
same "load: the PDF's stored reports equal check --json's" t "$(q -v j="$(base64 -w0 "$tmp/huaian.json")" <<'SQL'
SELECT (SELECT jsonb_agg(to_jsonb(r.report) ORDER BY r.ordinal)
        FROM disclosure_reports r JOIN disclosure_documents d ON d.id = r.document_id
        WHERE d.media_type = 'application/pdf')
     = (SELECT jsonb_agg(e -> 'report')
        FROM jsonb_array_elements(convert_from(decode(:'j', 'base64'), 'UTF8')::jsonb -> 0 -> 'reports') e);
SQL
)"
timeout 300 "$DISCLOSURE" load -d "$DB" "$tmp/folder/huaian_hongzequ_2024.pdf" "$tmp/names/report.txt" >"$tmp/load2.out" 2>&1
same "load again: the PDF, under two names, adds nothing" "files: 2 (loaded 0, already loaded 2, failed 0" \
	"$(grep '^files:' "$tmp/load2.out" | sed 's/;.*//')"
same "load again: the first record is kept" "$(stat -c %s "$pdf") 1" \
	"$(q -c "SELECT min(source_bytes) || ' ' || count(*) FROM disclosure_documents WHERE media_type = 'application/pdf'")"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
echo "test_documents: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
