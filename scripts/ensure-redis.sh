#!/usr/bin/env bash
# Makes Redis answer at REDIS_URL: uses a running server, or installs Debian's and starts one.
source "$(dirname "$0")/lib.sh"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
read -r RHOST RPORT < <(url_host_port "$REDIS_URL")

if port_open "$RHOST" "$RPORT"; then
  say "Redis: using the server already running at $RHOST:$RPORT"
  exit 0
fi
is_local "$RHOST" || fail "Redis at $RHOST:$RPORT does not answer and is not local: start it or fix REDIS_URL"
command -v redis-server >/dev/null 2>&1 || apt_install redis-server
DIR="$RUN_DIR/redis"; mkdir -p "$DIR"
redis-server --bind "$RHOST" --port "$RPORT" --daemonize yes --save '' --appendonly no \
  --dir "$DIR" --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" || fail "redis-server did not start (see $DIR/redis.log)"
wait_port "$RHOST" "$RPORT" 15 || fail "Redis did not start listening on $RHOST:$RPORT (see $DIR/redis.log)"
say "Redis: started on $RHOST:$RPORT (data in $DIR, not persisted)"
