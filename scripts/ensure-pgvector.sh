#!/usr/bin/env bash
# Builds pgvector 0.8.0 from Debian trixie's source package against bookworm's PostgreSQL 15 headers.
# Only a private deb-src list is used, so the system's apt sources are never touched.
source "$(dirname "$0")/lib.sh"
PGV=0.8.0
PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
WORK=/var/tmp/pgvector-build

if [ -x "$PG_CONFIG" ] && [ -f "$($PG_CONFIG --pkglibdir)/vector.so" ] && [ -f "$($PG_CONFIG --sharedir)/extension/vector--$PGV.sql" ]; then
  say "pgvector $PGV already installed"
  exit 0
fi
say "building pgvector $PGV from Debian's source package"
apt_install postgresql-server-dev-15 build-essential dpkg-dev ca-certificates
as_root mkdir -p "$WORK/apt/lists/partial"
echo 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main' | as_root tee "$WORK/apt/sources.list" >/dev/null
APTSRC=(-o "Dir::Etc::SourceList=$WORK/apt/sources.list" -o "Dir::Etc::SourceParts=-" -o "Dir::State::Lists=$WORK/apt/lists" -o "APT::Sandbox::User=root")
as_root apt-get "${APTSRC[@]}" update -q >/dev/null || fail "could not read Debian's pgvector source index"
as_root rm -rf "$WORK/src"; as_root mkdir -p "$WORK/src"
(cd "$WORK/src" && as_root apt-get "${APTSRC[@]}" source "pgvector=$PGV-1" >/dev/null 2>&1) || fail "could not fetch pgvector source package"
(cd "$WORK/src/pgvector-$PGV" && as_root make -s -j"$(nproc)" PG_CONFIG="$PG_CONFIG" >/dev/null 2>&1 && as_root make -s install PG_CONFIG="$PG_CONFIG" >/dev/null) \
  || fail "pgvector build failed (see $WORK/src/pgvector-$PGV)"
say "pgvector $PGV installed into $($PG_CONFIG --pkglibdir)"
