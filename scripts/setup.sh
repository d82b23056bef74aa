#!/usr/bin/env bash
# `npm run setup`: everything a fresh Debian 12 machine with Node 20 needs, idempotently:
# npm dependencies, Prisma client, PostgreSQL 15 + pgvector, Redis, S3, migrations.
source "$(dirname "$0")/lib.sh"
cd "$PROJECT_ROOT"

NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" -ge 20 ] || fail "Node.js 20 or newer is required (found $(node -v))"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  export CFLAGS="${CFLAGS:--mavx2 -mfma -mf16c}" CXXFLAGS="${CXXFLAGS:--mavx2 -mfma -mf16c}"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci failed"
fi
if [ ! -f src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt src/generated/prisma/client.ts ]; then
  say "generating the Prisma client"
  PRISMA_SCHEMA_ENGINE_BINARY=/bin/false npx --no-install prisma generate >/dev/null || fail "prisma generate failed"
fi

bash scripts/ensure-postgres.sh
bash scripts/ensure-redis.sh
bash scripts/ensure-s3.sh
bash scripts/ensure-speech.sh

# The offline embedder's compact word-vector table, built once from an npm package (no download).
npx --no-install tsx scripts/build-embeddings.ts >/dev/null || fail "could not build the offline embedder's word vectors"

npx --no-install tsx scripts/migrate.ts || fail "migrations failed"
say "ready"
