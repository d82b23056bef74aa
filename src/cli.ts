import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { downloadWhisperModel, OFFICIAL_WHISPER_MODEL } from './offline/whisper/whisper-model';
import { createCore } from './composition/core';
import { bootstrap } from './bootstrap';
import { createDatabase } from './db/prisma';
import { PipelineOperations } from './operations/pipeline-ops';
import { OrganizationService } from './organizations/organization.service';
import { createPipeline } from './pipeline';

const USAGE = `Usage: npm run cli -- <command> [options]
  create-org --name NAME --admin-email EMAIL [--admin-name NAME]
      Creates an organization with an admin user and prints {"organizationId","adminUserId","apiKey"}.
  retry-session SESSION_ID
      Puts a FAILED (or stuck) session back into the pipeline from the last stage it can restart from.
  models:whisper [--dest PATH]
      Downloads whisper.cpp's ggml-base.en.bin from its official URL (needs internet), verifies its size
      and SHA-1, and prints where it is; then set WHISPER_MODEL to that path.
  reembed [--model M] [--all]
      Re-indexes READY sessions whose chunks were made by another embedding model than the active one
      (or by model M, or all of them), printing progress.`;

/** Operator commands; each prints machine-readable JSON on stdout and errors on stderr. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'create-org') return createOrg(rest);
  if (command === 'retry-session') return retrySession(rest);
  if (command === 'reembed') return reembed(rest);
  if (command === 'models:whisper') return downloadWhisper(rest);
  process.stderr.write(`${USAGE}\n`);
  return command === undefined || command === '--help' ? 0 : 2;
}

async function createOrg(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' } } });
  const email = values['admin-email'];
  if (!values.name?.trim() || !email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    process.stderr.write(`create-org needs --name and a valid --admin-email\n${USAGE}\n`);
    return 2;
  }
  const { config } = bootstrap('therapyrag-cli');
  const db = createDatabase(config.database);
  try {
    const created = await new OrganizationService(db).createWithAdmin({ name: values.name, adminEmail: email, adminName: values['admin-name'] });
    process.stdout.write(`${JSON.stringify(created)}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

async function retrySession(args: string[]): Promise<number> {
  const [sessionId] = args;
  if (!sessionId) {
    process.stderr.write(`retry-session needs a session id\n${USAGE}\n`);
    return 2;
  }
  const { config, log } = bootstrap('therapyrag-cli');
  const app = createCore(config, log);
  try {
    const result = await new PipelineOperations(app).retrySession(sessionId);
    process.stdout.write(`${JSON.stringify({ sessionId, ...result })}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function reembed(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { model: { type: 'string' }, all: { type: 'boolean' } } });
  const { config, log } = bootstrap('therapyrag-cli');
  const app = createCore(config, log);
  try {
    const { indexing } = createPipeline(app, { name: 'none', transcribe: () => Promise.reject(new Error('reembed does not transcribe')) });
    process.stderr.write(`re-embedding with ${app.embedder.model}\n`);
    const count = await new PipelineOperations(app).reembed(indexing, app.embedder.model, { fromModel: values.model, all: values.all }, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${JSON.stringify({ model: app.embedder.model, reembedded: count })}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function downloadWhisper(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dest: { type: 'string' } } });
  const dest = path.resolve(values.dest ?? path.join('models', OFFICIAL_WHISPER_MODEL.fileName));
  let shown = -1;
  const result = await downloadWhisperModel(dest, {
    ...OFFICIAL_WHISPER_MODEL,
    onProgress: (bytes) => {
      const percent = Math.floor((100 * bytes) / OFFICIAL_WHISPER_MODEL.expectedBytes);
      if (percent >= shown + 10) process.stderr.write(`${(shown = percent)}%\n`);
    },
  });
  process.stdout.write(`${JSON.stringify({ ...result, set: `WHISPER_MODEL=${dest}` })}\n`);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    process.stderr.write(`cli failed: ${error.name}: ${error.name === 'AppError' ? error.message : 'see logs'}\n`);
    process.exit(1);
  });
