#!/bin/bash
# test/package/deb.sh -- the Debian package, end to end, on the machine
# itself (as root: it installs and removes packages):
#
#   1. purges any earlier postgresql-15-disclosure; `make install`, and checks
#      that `disclosure` on PATH is the link /usr/local/bin/disclosure to
#      PostgreSQL's bindir copy; `make uninstall`, and checks that the
#      program, its link, the module and the control file are gone (the
#      package uses the same /usr/lib/postgresql/15 paths, so only its own
#      files are tested below);
#   2. copies the tree (the files git knows, or everything but .git, then
#      make clean) to a temporary directory and runs
#      `dpkg-buildpackage -us -uc -b` there;
#   3. checks the .deb holds the module, control file, SQL scripts, the
#      program and /usr/bin/disclosure, installs it with apt-get, and checks
#      that `disclosure` on PATH is /usr/bin/disclosure and answers --help;
#   4. on a throwaway cluster (test/cluster.sh): `make installcheck` against
#      the installed package, and `disclosure load` of the seeds;
#   5. purges the package, checks its files are gone, and runs `make install`
#      again, leaving the machine as test/run.sh's install stage left it.
#
# About two minutes on two cores, most of it the build.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
export DEBIAN_FRONTEND=noninteractive
pkg=postgresql-15-disclosure
bindir=$("$PG_CONFIG" --bindir)
libdir=$("$PG_CONFIG" --pkglibdir)
extdir=$("$PG_CONFIG" --sharedir)/extension

work=$(mktemp -d /tmp/disclosure-deb.XXXXXX)
. test/cluster.sh
cleanup() {
	cluster_stop
	rm -rf "$work"
}
trap cleanup EXIT

fail() {
	echo "deb.sh: $*" >&2
	exit 1
}

# `disclosure --help` (whichever is on PATH) succeeds and names the load command.
help_works() {
	local help
	help=$(disclosure --help) || fail "disclosure --help failed"
	grep -q '^ *load ' <<<"$help" || fail "disclosure --help does not name the load command"
}

[ "$(id -u)" -eq 0 ] || fail "needs root: it installs and removes packages"

if dpkg-query -W -f '${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'; then
	echo "--- dpkg --purge $pkg (installed before)" >&2
	dpkg --purge "$pkg" >/dev/null
fi

echo "--- make install: disclosure on PATH; make uninstall: all gone" >&2
make -s PG_CONFIG="$PG_CONFIG" CLI_LINK_DIR=/usr/local/bin install
hash -r
[ "$(command -v disclosure)" = /usr/local/bin/disclosure ] ||
	fail "after make install, disclosure on PATH is '$(command -v disclosure)', not /usr/local/bin/disclosure"
[ "$(readlink /usr/local/bin/disclosure)" = "$bindir/disclosure" ] ||
	fail "/usr/local/bin/disclosure is not a link to $bindir/disclosure"
help_works
make -s PG_CONFIG="$PG_CONFIG" CLI_LINK_DIR=/usr/local/bin uninstall
for f in "$bindir/disclosure" /usr/local/bin/disclosure "$libdir/disclosure.so" \
	"$extdir/disclosure.control"; do
	if [ -e "$f" ] || [ -L "$f" ]; then fail "$f is still there after make uninstall"; fi
done

version=$(dpkg-parsechangelog -l debian/changelog -S Version)
src=$work/disclosure-$version
mkdir "$src"
echo "--- copying the tree to $src" >&2
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do
			if [ -e "$f" ]; then printf '%s\0' "$f"; fi
		done |
		tar --null -T - -cf - | tar -C "$src" -xf -
else
	tar --exclude=./.git -cf - . | tar -C "$src" -xf -
	make -s -C "$src" PG_CONFIG="$PG_CONFIG" clean
fi

echo "--- dpkg-buildpackage -us -uc -b (log: $work/build.log)" >&2
if ! (cd "$src" && dpkg-buildpackage -us -uc -b -j"$(nproc)") >"$work/build.log" 2>&1; then
	tail -n 80 "$work/build.log" >&2
	fail "dpkg-buildpackage failed"
fi
grep -E '^dpkg-deb: building' "$work/build.log" >&2 || true

shopt -s nullglob
debs=("$work/${pkg}_${version}_"*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one ${pkg}_${version}_*.deb, found ${#debs[@]}"
deb=${debs[0]}

echo "--- contents of $(basename "$deb")" >&2
contents=$(dpkg-deb -c "$deb")
for f in "$libdir/disclosure.so" "$extdir/disclosure.control" \
	"$extdir/disclosure--1.0.sql" "$extdir/disclosure--1.1.sql" \
	"$extdir/disclosure--1.0--1.1.sql" "$bindir/disclosure" /usr/bin/disclosure; do
	grep -q -E " \.$f( -> .*)?\$" <<<"$contents" || fail "$(basename "$deb") has no $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends" >&2
grep -q -E '(^|, )postgresql-15(,|$| )' <<<"$depends" || fail "the package does not depend on postgresql-15"

echo "--- apt-get install $deb" >&2
apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" >"$work/apt.log" 2>&1 ||
	{ cat "$work/apt.log" >&2; fail "apt-get install failed"; }
hash -r
[ "$(command -v disclosure)" = /usr/bin/disclosure ] ||
	fail "disclosure on PATH is '$(command -v disclosure)', not /usr/bin/disclosure"
[ "$(readlink -f /usr/bin/disclosure)" = "$bindir/disclosure" ] ||
	fail "/usr/bin/disclosure leads to $(readlink -f /usr/bin/disclosure), not $bindir/disclosure"
help_works

echo "--- make installcheck against the installed package" >&2
cluster_start
trap cleanup EXIT    # cluster_start set its own
if ! make -C "$src" PG_CONFIG="$PG_CONFIG" installcheck; then
	cat "$src/regression.diffs" >&2 2>/dev/null || true
	fail "make installcheck failed against the package"
fi
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE deb_load' &&
	psql -X -q -v ON_ERROR_STOP=1 -d deb_load -c 'CREATE EXTENSION disclosure'
disclosure load -d deb_load "$src/test/data/seeds" >"$work/load.log" 2>&1 ||
	{ cat "$work/load.log" >&2; fail "disclosure load of the seeds failed"; }
reports=$(psql -X -At -d deb_load -c 'SELECT count(*) FROM disclosure_reports')
[ "$reports" -gt 0 ] || fail "disclosure load stored no report"
echo "disclosure load: $reports reports from test/data/seeds" >&2
cluster_stop

echo "--- dpkg --purge $pkg, then make install again" >&2
dpkg --purge "$pkg" >/dev/null
for f in /usr/bin/disclosure "$bindir/disclosure" "$libdir/disclosure.so" "$extdir/disclosure.control"; do
	if [ -e "$f" ] || [ -L "$f" ]; then fail "$f is still there after dpkg --purge"; fi
done
make -s PG_CONFIG="$PG_CONFIG" install
echo "deb.sh: $(basename "$deb") built, installed, tested and removed" >&2
