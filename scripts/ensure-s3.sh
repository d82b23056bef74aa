#!/usr/bin/env bash
# Makes an S3-compatible server answer at S3_ENDPOINT: uses a running one (MinIO, AWS), or starts
# s3rver from npm on loopback in the background with its data under .run/s3.
source "$(dirname "$0")/lib.sh"
S3_ENDPOINT="${S3_ENDPOINT:-http://127.0.0.1:4568}"
read -r SHOST SPORT < <(url_host_port "$S3_ENDPOINT")

if port_open "$SHOST" "$SPORT"; then
  say "S3: using the server already running at $SHOST:$SPORT"
  exit 0
fi
is_local "$SHOST" || fail "S3 at $SHOST:$SPORT does not answer and is not local: start it or fix S3_ENDPOINT"
BIN="$PROJECT_ROOT/node_modules/s3rver/bin/s3rver.js"
[ -f "$BIN" ] || fail "s3rver is not installed: run npm ci first"
DIR="$RUN_DIR/s3"; mkdir -p "$DIR/data"
# s3rver only knows the key pair S3RVER/S3RVER; with other keys point S3_ENDPOINT at MinIO.
if [ "${S3_ACCESS_KEY:-S3RVER}" != "S3RVER" ] || [ "${S3_SECRET_KEY:-S3RVER}" != "S3RVER" ]; then
  fail "the local s3rver accepts only S3_ACCESS_KEY=S3RVER and S3_SECRET_KEY=S3RVER"
fi
nohup node "$BIN" -d "$DIR/data" -a "$SHOST" -p "$SPORT" --silent >"$DIR/s3rver.log" 2>&1 &
echo $! >"$DIR/s3rver.pid"
wait_port "$SHOST" "$SPORT" 20 || fail "s3rver did not start listening on $SHOST:$SPORT (see $DIR/s3rver.log)"
say "S3: started s3rver on $SHOST:$SPORT (pid $(cat "$DIR/s3rver.pid"), data in $DIR/data)"
