# syntax=docker/dockerfile:1
# One image for every process: the API (default CMD), the workers
# (`node --enable-source-maps dist/workers/index.js`) and the one-shot migration runner
# (`node dist/scripts/migrate.js`), and the demo client (`node dist/scripts/demo.js --api URL`).
# docker-compose.yml shows them all. Images are pinned to versions: a rebuild next year builds the same.

# ---- build: compile TypeScript (and the generated Prisma client) into dist/ ----
FROM node:20.19.0-bookworm-slim AS build
WORKDIR /app
# --ignore-scripts: the postinstall hooks would download Prisma's schema engine (unused: migrations
# are our own runner) and generate the client, which `npm run build` does explicitly below.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
COPY prisma ./prisma
COPY src ./src
COPY workers ./workers
COPY scripts ./scripts
RUN npm run build
# The optional whisper.cpp engine (WHISPER_MODEL) is a native addon: compile it here, where the
# toolchain is, and copy only the result into the runtime image. AVX2/FMA/F16C only when the build
# machine's CPU has them (scripts/native-flags.sh); an arm64 laptop builds it with the defaults, and
# a failed build leaves the offline recognizer (pocketsphinx) as the local engine.
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 make g++ \
 && . scripts/native-flags.sh \
 && (npm rebuild smart-whisper || echo "smart-whisper not built: WHISPER_MODEL will be unavailable") \
 && rm -rf /var/lib/apt/lists/*

# ---- runtime: production dependencies, compiled code, the offline speech recognizer, WordNet (the offline answerer's kinds of things) ----
FROM node:20.19.0-bookworm-slim AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg pocketsphinx pocketsphinx-en-us wordnet-base \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# The compiled client in dist/src/generated needs only @prisma/client's runtime, so the postinstall
# `prisma generate` (and the engine download) is skipped here too.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules/smart-whisper ./node_modules/smart-whisper
COPY prisma ./prisma
# The demo's sample recording (docker compose --profile demo run --rm demo).
COPY samples ./samples
# The offline embedder caches its word-vector table under ./.run; build it now, as the runtime user,
# so no container pays for it on its first job and the directory stays writable.
RUN mkdir .run && chown node:node .run
USER node
RUN node dist/scripts/build-embeddings.js

EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
