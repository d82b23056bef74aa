#!/usr/bin/env bash
# Makes PostgreSQL 15 with pgvector answer at DATABASE_URL and creates the database.
# Uses a running server when there is one; otherwise installs Debian's and starts a cluster.
source "$(dirname "$0")/lib.sh"
DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/therapyrag}"
read -r PGHOST_ PGPORT_ < <(url_host_port "$DATABASE_URL")
DBNAME=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))' "$DATABASE_URL")
ADMIN_URL=$(node -e 'const u=new URL(process.argv[1]);u.pathname="/postgres";console.log(u.toString())' "$DATABASE_URL")

if port_open "$PGHOST_" "$PGPORT_"; then
  say "PostgreSQL: using the server already running at $PGHOST_:$PGPORT_"
else
  is_local "$PGHOST_" || fail "PostgreSQL at $PGHOST_:$PGPORT_ does not answer and is not local: start it or fix DATABASE_URL"
  if [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then apt_install postgresql-15 postgresql-client-15; fi
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx '15 main'; then
    say "PostgreSQL: creating cluster 15/main on port $PGPORT_"
    as_root pg_createcluster 15 main -p "$PGPORT_" >/dev/null || fail "pg_createcluster failed"
    # Local development only: trust loopback connections, as the default DATABASE_URL has no password.
    HBA=/etc/postgresql/15/main/pg_hba.conf
    as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$HBA"
  fi
  say "PostgreSQL: starting cluster 15/main"
  as_root pg_ctlcluster --skip-systemctl-redirect 15 main start 2>/dev/null || as_root pg_ctlcluster 15 main start || fail "could not start PostgreSQL 15"
  wait_port "$PGHOST_" "$PGPORT_" 30 || fail "PostgreSQL did not start listening on $PGHOST_:$PGPORT_"
  say "PostgreSQL: started on $PGHOST_:$PGPORT_"
fi
command -v psql >/dev/null 2>&1 || apt_install postgresql-client-15
for i in $(seq 1 50); do psql "$ADMIN_URL" -qtAc 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.2; done
psql "$ADMIN_URL" -qtAc 'SELECT 1' >/dev/null 2>&1 || fail "cannot log in to PostgreSQL with DATABASE_URL's credentials"

if is_local "$PGHOST_"; then
  bash "$(dirname "$0")/ensure-pgvector.sh"
fi

if [ "$(psql "$ADMIN_URL" -qtAc "SELECT 1 FROM pg_database WHERE datname = '$DBNAME'")" != "1" ]; then
  psql "$ADMIN_URL" -qc "CREATE DATABASE \"$DBNAME\"" >/dev/null || fail "could not create database $DBNAME"
  say "PostgreSQL: created database $DBNAME"
fi
# vector is not a trusted extension: create it here as a superuser so migrations need not be one.
if ! psql "$DATABASE_URL" -qc 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null 2>&1; then
  if is_local "$PGHOST_" && id postgres >/dev/null 2>&1; then
    as_root runuser -u postgres -- psql -p "$PGPORT_" -d "$DBNAME" -qc 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null \
      || fail "could not create extension vector in $DBNAME"
  else
    fail "extension vector is missing in $DBNAME and this role may not create it: ask a superuser to run CREATE EXTENSION vector"
  fi
fi
say "PostgreSQL: database $DBNAME ready with pgvector $(psql "$DATABASE_URL" -qtAc "SELECT extversion FROM pg_extension WHERE extname='vector'")"
