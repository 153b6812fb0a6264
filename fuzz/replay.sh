#!/bin/bash
# fuzz/replay.sh -- run every saved input once through its fuzz target.
#
#   bash fuzz/replay.sh              libFuzzer builds (ASan + UBSan)
#   bash fuzz/replay.sh --valgrind   builds with no sanitizers, under valgrind
#                                    memcheck (uninitialised reads, leaks)
#
# The inputs: fuzz/corpus/TARGET (the minimised corpus: seeds from the real
# documents and what fuzzing added) and fuzz/regressions/TARGET (inputs that
# once crashed or misbehaved, kept after their fix).  Fails if any input
# crashes, leaks, breaks an invariant of fuzz_common.h or, under valgrind,
# makes any memcheck error.  test/run.sh runs both forms on every run.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=asan
[ "${1:-}" = "--valgrind" ] && mode=valgrind
if [ $mode = asan ]; then
	make -s -C fuzz all || exit 1
else
	make -s -C fuzz valgrind || exit 1
fi

failed=0
for t in text html amount; do
	files=()
	for d in fuzz/corpus/$t fuzz/regressions/$t; do
		[ -d "$d" ] && while IFS= read -r f; do files+=("$f"); done < <(find "$d" -type f ! -name '.*' ! -name '*.md' | sort)
	done
	if [ ${#files[@]} -eq 0 ]; then
		echo "fuzz_$t: no saved inputs" >&2
		failed=1
		continue
	fi
	log=$(mktemp /tmp/disclosure-replay.XXXXXX)
	if [ $mode = asan ]; then
		# given files (not folders), a libFuzzer binary runs each once
		ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
			fuzz/build/fuzz_$t -timeout=30 -rss_limit_mb=2048 "${files[@]}" >"$log" 2>&1
	else
		valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
			--error-exitcode=1 fuzz/build/vg_fuzz_$t "${files[@]}" >"$log" 2>&1
	fi
	rc=$?
	if [ $rc -eq 0 ]; then
		echo "fuzz_$t: ${#files[@]} inputs replayed ($mode), none failed"
	else
		failed=1
		echo "fuzz_$t: replay FAILED ($mode, exit $rc):" >&2
		grep -E 'Running:|ERROR|SUMMARY|runtime error|invariant|Invalid|uninitialised|definitely' "$log" | tail -20 >&2
		tail -20 "$log" >&2
	fi
	rm -f "$log"
done
exit $failed
