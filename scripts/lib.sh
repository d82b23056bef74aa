#!/usr/bin/env bash
# Shared helpers for the set-up scripts: logging, root/sudo, apt on bookworm only.
set -euo pipefail

say()  { printf '[setup] %s\n' "$*" >&2; }
fail() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else fail "need root (or sudo) to run: $*"; fi
}

APT_UPDATED_MARK=/var/tmp/therapyrag-apt-updated
# apt-get update once per boot of the set-up; installs stay on bookworm so libc is never upgraded.
apt_install() {
  if [ ! -f "$APT_UPDATED_MARK" ] || [ -n "$(find "$APT_UPDATED_MARK" -mmin +720 2>/dev/null)" ]; then
    say "apt-get update"
    as_root apt-get update -q >/dev/null || fail "apt-get update failed"
    as_root touch "$APT_UPDATED_MARK"
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q -t bookworm --no-install-recommends "$@" >/dev/null \
    || fail "apt-get install $* failed"
}

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$PROJECT_ROOT/.run"
mkdir -p "$RUN_DIR"

# Loads .env (if present) so scripts see the same configuration as the service.
if [ -f "$PROJECT_ROOT/.env" ]; then set -a; . "$PROJECT_ROOT/.env"; set +a; fi

# Prints "host port" of a URL (with a default port) using Node, which is always present.
url_host_port() {
  node -e 'const u=new URL(process.argv[1]);const d={"postgres:":5432,"postgresql:":5432,"redis:":6379,"rediss:":6379,"http:":80,"https:":443};console.log(u.hostname.replace(/^\[|\]$/g,""),u.port||d[u.protocol])' "$1"
}

# True when something accepts TCP connections on host:port.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# True for loopback hosts: only those may be installed and started by these scripts.
is_local() { case "$1" in 127.*|localhost|::1) return 0;; *) return 1;; esac; }

# Waits up to $3 seconds for host:port to accept connections.
wait_port() {
  local i
  for i in $(seq 1 $(( $3 * 10 ))); do port_open "$1" "$2" && return 0; sleep 0.1; done
  return 1
}
