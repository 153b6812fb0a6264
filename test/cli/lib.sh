# test/cli/lib.sh -- what the command-line tests share: counting results,
# and a throwaway cluster unless PGHOST names a server already.
#
# Source it after setting root (the repository); then call cli_setup PREFIX,
# which makes $tmp (removed on exit) and starts the cluster if needed.

passed=0
failed=0
ok() { passed=$((passed + 1)); }
not_ok() {
	failed=$((failed + 1))
	echo "FAIL: $*"
}
# check DESCRIPTION COMMAND...: pass when the command succeeds
check() {
	local what=$1
	shift
	if "$@"; then ok; else not_ok "$what"; fi
}
# same DESCRIPTION EXPECTED ACTUAL
same() {
	if [ "$2" == "$3" ]; then ok; else not_ok "$1: expected '$2', got '$3'"; fi
}

started_cluster=false
cli_cleanup() {
	rm -rf "$tmp"
	if $started_cluster; then cluster_stop; fi
}
# cli_setup PREFIX: $tmp, a fresh directory /tmp/PREFIX.XXXXXX, and a
# cluster (test/cluster.sh) when PGHOST is not set; both go on exit
cli_setup() {
	tmp=$(mktemp -d "/tmp/$1.XXXXXX")
	if [ -z "${PGHOST:-}" ]; then
		. "$root/test/cluster.sh"
		cluster_start || exit 1
		started_cluster=true
	fi
	trap cli_cleanup EXIT
}
