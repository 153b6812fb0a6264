# test/cluster.sh -- throwaway PostgreSQL 15 cluster for tests and demos.
#
# Source it, then call cluster_start:
#
#   . test/cluster.sh
#   cluster_start          # initdb + start; exports PGHOST PGPORT PGUSER PGDATABASE
#   psql -c 'select 1'
#   cluster_stop           # also runs on EXIT
#
# CLUSTER_SERVER_OPTIONS, if set, is added to the server's command line
# ('-c shared_buffers=2GB').
#
# The data directory and the Unix socket live in a fresh mktemp -d directory
# that is deleted on exit. The server listens on the socket only. When run as
# root (the server refuses to run as root), initdb and pg_ctl run as the
# "postgres" OS user, created by Debian's postgresql-15 package.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
CLUSTER_DIR=

# Run a command as the cluster owner.
_cluster_as_owner() {
	# cd first: postgres may not be allowed into the caller's directory
	if [ "$(id -u)" -eq 0 ]; then
		(cd "$CLUSTER_DIR" && runuser -u postgres -- "$@")
	else
		(cd "$CLUSTER_DIR" && "$@")
	fi
}

# Print the first port from 54329 up with no socket (ours, other throwaway
# clusters', the system's) or TCP listener on it.
_cluster_free_port() {
	local port=54329
	while compgen -G "/tmp/disclosure-pg.*/.s.PGSQL.$port" >/dev/null ||
		[ -e "/tmp/.s.PGSQL.$port" ] || [ -e "/var/run/postgresql/.s.PGSQL.$port" ] ||
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
		port=$((port + 1))
	done
	echo "$port"
}

cluster_start() {
	CLUSTER_DIR=$(mktemp -d /tmp/disclosure-pg.XXXXXX)
	# clean up however the caller exits (this replaces any EXIT trap it had)
	trap cluster_stop EXIT
	trap 'exit 130' INT TERM
	chmod 755 "$CLUSTER_DIR"
	if [ "$(id -u)" -eq 0 ]; then chown postgres: "$CLUSTER_DIR"; fi

	export PGHOST=$CLUSTER_DIR PGPORT PGUSER=postgres PGDATABASE=postgres
	PGPORT=$(_cluster_free_port)

	_cluster_as_owner "$PG_BIN/initdb" -D "$CLUSTER_DIR/data" -U postgres \
		--auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$CLUSTER_DIR/initdb.log" 2>&1 ||
		{ cat "$CLUSTER_DIR/initdb.log" >&2; return 1; }

	# socket only, in our own directory; -w waits until it accepts connections
	_cluster_as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -w -t 60 \
		-l "$CLUSTER_DIR/server.log" \
		-o "-c listen_addresses='' -p $PGPORT -k $CLUSTER_DIR -c fsync=off ${CLUSTER_SERVER_OPTIONS:-}" start >/dev/null ||
		{ cat "$CLUSTER_DIR/server.log" >&2; return 1; }
	echo "cluster: PostgreSQL 15 on socket $PGHOST port $PGPORT" >&2
}

# Stop the server and delete its directory; safe to call twice.
cluster_stop() {
	[ -n "$CLUSTER_DIR" ] || return 0
	if [ -f "$CLUSTER_DIR/data/postmaster.pid" ]; then
		_cluster_as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$CLUSTER_DIR"
	CLUSTER_DIR=
}
