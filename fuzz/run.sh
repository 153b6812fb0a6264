#!/bin/bash
# fuzz/run.sh -- build the libFuzzer targets and fuzz each for a given time.
#
#   bash fuzz/run.sh SECONDS [TARGET...]     (targets: text html amount; default all)
#   bash fuzz/run.sh --merge SECONDS [TARGET...]
#
# Each target (fuzz/build/fuzz_TARGET: libFuzzer, AddressSanitizer,
# UndefinedBehaviorSanitizer) runs for SECONDS on a copy of its saved corpus
# fuzz/corpus/TARGET plus fuzz/regressions/TARGET, with the dictionary
# fuzz/disclosure.dict and inputs up to FUZZ_MAX_LEN bytes (65536), one
# process.  After each run a line gives its CPU time, executions and the
# coverage libFuzzer reached (cov: edges, ft: features) from its last stats
# line.  A crash, a leak, an invariant broken (abort), an input slower than
# FUZZ_TIMEOUT seconds (10) or memory over 2 GB fails the run: the input is
# saved under fuzz/crashes/ (crash-*, leak-*, timeout-*, oom-*) and the
# script exits 1 after the other targets.  Replay one with
#   fuzz/build/fuzz_TARGET fuzz/crashes/FILE
# and, once fixed, keep it in fuzz/regressions/TARGET/ (test/run.sh replays
# those on every run).  --merge also adds the inputs that gave new coverage
# to fuzz/corpus/TARGET (minimised with -merge=1); commit them if you wish.
# Logs stay in FUZZ_WORK (default: a temporary directory, removed unless a
# run failed).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

merge=0
if [ "${1:-}" = "--merge" ]; then
	merge=1
	shift
fi
if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
	echo "usage: bash fuzz/run.sh [--merge] SECONDS [text|html|amount ...]" >&2
	exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html amount)
max_len=${FUZZ_MAX_LEN:-65536}
timeout=${FUZZ_TIMEOUT:-10}

for t in "${targets[@]}"; do
	case $t in
		text | html | amount) ;;
		*) echo "fuzz/run.sh: unknown target '$t' (text, html, amount)" >&2; exit 2 ;;
	esac
done

make -s -C fuzz "${targets[@]/#/build/fuzz_}" || exit 1

work=${FUZZ_WORK:-$(mktemp -d /tmp/disclosure-fuzz.XXXXXX)}
mkdir -p "$work" fuzz/crashes
failed=0

for t in "${targets[@]}"; do
	bin=fuzz/build/fuzz_$t
	corpus=$work/corpus_$t
	log=$work/fuzz_$t.log
	rm -rf "$corpus"
	mkdir -p "$corpus"
	cp fuzz/corpus/$t/* "$corpus"/ 2>/dev/null
	seeds=()
	[ -d fuzz/regressions/$t ] && seeds+=(fuzz/regressions/$t)

	echo "fuzz_$t: ${seconds}s, max_len $max_len, corpus $(ls "$corpus" | wc -l) inputs"
	# CPU seconds (user + system) of the fuzzer, from bash's time keyword
	TIMEFORMAT='%U %S'
	{ time ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
		"$bin" -max_total_time="$seconds" -max_len="$max_len" \
		-timeout="$timeout" -rss_limit_mb=2048 -dict=fuzz/disclosure.dict \
		-print_final_stats=1 \
		-artifact_prefix="fuzz/crashes/${t}-" \
		"$corpus" "${seeds[@]}" >"$log" 2>&1; } 2>"$work/time_$t"
	rc=$?

	stats=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	[ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$stats")
	cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$stats")
	ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$stats")
	corp=$(sed -n 's/.*corp: \([0-9]*\/[0-9A-Za-z]*\).*/\1/p' <<<"$stats")
	cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$work/time_$t")
	echo "fuzz_$t: cpu ${cpu}s, executions ${execs:-?}, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"

	if [ $rc -ne 0 ]; then
		failed=1
		echo "fuzz_$t FAILED (exit $rc); the end of its log ($log):" >&2
		grep -E 'ERROR|SUMMARY|runtime error|invariant|Test unit written' "$log" | head -20 >&2
		tail -5 "$log" >&2
	elif [ $merge -eq 1 ]; then
		# keep only what adds coverage to the saved corpus
		"$bin" -merge=1 -max_len="$max_len" -timeout="$timeout" \
			fuzz/corpus/$t "$corpus" >"$work/merge_$t.log" 2>&1 ||
			{ failed=1; echo "merge of fuzz_$t failed, see $work/merge_$t.log" >&2; }
		echo "fuzz_$t: fuzz/corpus/$t now $(ls fuzz/corpus/$t | wc -l) inputs"
	fi
done

if [ $failed -eq 0 ] && [ -z "${FUZZ_WORK:-}" ]; then
	rm -rf "$work"
elif [ $failed -ne 0 ]; then
	echo "reproducers: $(ls fuzz/crashes 2>/dev/null | tr '\n' ' ')" >&2
fi
exit $failed
