#!/bin/bash
# test/run.sh -- build, install and run every test of the disclosure extension.
#
#   bash test/run.sh
#
# Stages: make, make install, make check-core (C unit tests of the parser
# core), the GB/T 2260 data block of the scripts against data/gbt2260
# (build.py --check), the robustness stages (test_core under valgrind, the saved fuzz
# inputs replayed under ASan/UBSan and valgrind, FUZZ_SECONDS (60) of
# libFuzzer per fuzz target), then on a throwaway PostgreSQL 15 cluster
# (test/cluster.sh):
# make installcheck (pg_regress, sql/ + expected/), a pg_dump of the
# stored reports, pg_prove over test/pgtap/*.sql, the command-line
# tool's tests (test/cli), and the security tests (test/security: planted
# objects, roles and pg_restore, update paths). Exits non-zero if any stage
# failed.
# tool's tests (test/cli), and pg_cancel_backend / pg_terminate_backend on
# 30 and 200 MB documents of the worst shapes (test/cancel.sh, about a
# minute); last, the Debian package built, installed and tested
# (test/package/deb.sh; in CI, or where root has debhelper). Exits non-zero
# if any stage failed.
# Needs root (for make install) or write access to the PostgreSQL directories;
# the dependencies are installed by .ci/run.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
MAKE=(make PG_CONFIG="$PG_CONFIG")

PASSED=()
FAILED=()

# stage NAME COMMAND...: run a stage, record its result, never abort.
stage() {
	local name=$1
	shift
	echo
	echo "==> $name: $*"
	if "$@"; then
		PASSED+=("$name")
	else
		FAILED+=("$name")
		echo "==> $name FAILED" >&2
	fi
}

summary() {
	echo
	echo "==================== summary ===================="
	local s
	for s in "${PASSED[@]+"${PASSED[@]}"}"; do echo "  PASS  $s"; done
	for s in "${FAILED[@]+"${FAILED[@]}"}"; do echo "  FAIL  $s"; done
	# the plain closing line CI reads
	echo "stages: ${#PASSED[@]} passed, ${#FAILED[@]} failed"
}

# pg_regress; on failure show its diffs.
installcheck() {
	if "${MAKE[@]}" installcheck; then
		return 0
	fi
	# wherever REGRESS_OPTS --outputdir put them
	local diffs
	find . -name regression.diffs -not -path './.git/*' | while read -r diffs; do
		echo "---- $diffs ----"
		cat "$diffs"
	done
	return 1
}

# The stored reports are extension configuration: a dump of the regression
# database (which sql/storage.sql filled) must carry their rows.
dump_keeps_reports() {
	local dump
	dump=$(pg_dump -d contrib_regression) || return 1
	grep -q '^COPY public.disclosure_documents ' <<<"$dump" &&
		grep -q '^COPY public.disclosure_reports ' <<<"$dump" &&
		grep -q '聊城市机关事务管理局' <<<"$dump"
}

# pgTAP in a fresh database holding both extensions.
pgtap() {
	local db=disclosure_pgtap
	shopt -s nullglob
	local files=(test/pgtap/*.sql)
	shopt -u nullglob
	if [ ${#files[@]} -eq 0 ]; then
		echo "no pgTAP files in test/pgtap" >&2
		return 1
	fi
	# the cluster is fresh, so the database is too
	psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" &&
		psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
			-c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION disclosure' &&
		pg_prove --failures -d "$db" "${files[@]}"
}

# Without a build and an installed module nothing else can run.
stage "build" "${MAKE[@]}" -j"$(nproc)"
if [ ${#FAILED[@]} -eq 0 ]; then
	stage "install" "${MAKE[@]}" install
fi
if [ ${#FAILED[@]} -ne 0 ]; then
	summary
	exit 1
fi

stage "C unit tests (make check-core)" "${MAKE[@]}" check-core
stage "packaging metadata: META.json and debian/changelog agree with disclosure.control (test/package/check_meta.sh)" \
	bash test/package/check_meta.sh
# The GB/T 2260 data block of the install and update scripts is what
# data/gbt2260/build.py makes of the vendored dataset.
stage "GB/T 2260 data in the scripts up to date (data/gbt2260/build.py --check)" \
	python3 data/gbt2260/build.py --check
# Every hand-labelled document (seeds, real reports, PDF text and other
# layouts): no value may be wrong, and the seeds, the real reports and the
# published PDFs (read through poppler) must read completely.
stage "labelled documents scored: no value wrong (bench/score.py)" \
	python3 bench/score.py --require-complete seeds,real,pdf

# Robustness of the parser core (fuzz/README.md): the C unit tests under
# valgrind, every saved fuzz input replayed under the sanitizers and under
# valgrind, then a bounded libFuzzer run of each target.
valgrind_core() {
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--error-exitcode=1 test/c/test_core test/data/seeds 100
}
stage "valgrind memcheck: C unit tests (test_core)" valgrind_core
stage "fuzz corpus and regressions replayed (ASan + UBSan)" bash fuzz/replay.sh
stage "fuzz corpus and regressions replayed (valgrind memcheck)" bash fuzz/replay.sh --valgrind
stage "fuzz run: libFuzzer, ${FUZZ_SECONDS:-60} s per target (fuzz/run.sh)" bash fuzz/run.sh "${FUZZ_SECONDS:-60}"

. test/cluster.sh
cluster_start
stage "pg_regress (make installcheck)" installcheck
stage "pg_dump keeps the stored reports" dump_keeps_reports
stage "pgTAP (pg_prove test/pgtap)" pgtap
stage "CLI tests" bash test/cli/test_cli.sh
stage "CLI tests: PDF and DOCX, hostile files, the record of each original (test/cli/test_documents.sh)" bash test/cli/test_documents.sh
stage "security: objects planted before CREATE EXTENSION never run (test/security/planted.sh)" bash test/security/planted.sh
stage "security: owner, loader, reader, none; the owner's dump restored by the owner (test/security/roles.sh)" bash test/security/roles.sh
stage "security: every update path ends where a fresh install does (test/security/update.sh)" bash test/security/update.sh
stage "cancel and terminate within 1 s, 30 and 200 MB (test/cancel.sh)" bash test/cancel.sh
cluster_stop

# The Debian package, built, installed, tested with make installcheck and
# removed (about two minutes; needs root): always in CI, elsewhere when the
# tools are there.
if [ "${CI:-}" = true ] || { [ "$(id -u)" -eq 0 ] && command -v dpkg-buildpackage >/dev/null &&
	command -v dh >/dev/null && command -v pg_buildext >/dev/null; }; then
	stage "Debian package: dpkg-buildpackage, apt-get install, /usr/bin/disclosure, installcheck (test/package/deb.sh)" \
		bash test/package/deb.sh
else
	echo "==> Debian package stage skipped: needs root, dpkg-buildpackage, dh (debhelper) and pg_buildext" >&2
fi

summary
[ ${#FAILED[@]} -eq 0 ]
