import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_COMMAND, writeDemoEnv, type DemoEnv } from '../../scripts/lib/demo-env';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';
import { subscribe } from '../support/subscription';

// The README promises that after `npm run demo` and loading .run/demo.env, its examples run as
// written. This runs them: every `sh` block that uses $API_URL, verbatim in bash, and every
// operation of the `graphql` blocks with the key its `# key:` line names, against a live API and a
// demo.env made the way the demo makes it.

const ROOT = path.resolve(__dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const run = promisify(execFile);

/** Fenced blocks of one language, in order. */
function blocks(language: string): string[] {
  return [...README.matchAll(/^```(\S+)[^\n]*\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === language).map((m) => m[2]);
}

const shellExamples = blocks('sh').filter((block) => block.includes('$API_URL'));
const graphqlExamples = blocks('graphql').flatMap((block) =>
  block.split(/^(?=# key: )/m).filter((chunk) => chunk.startsWith('# key: ')).map((chunk) => ({ key: /^# key: (\w+)/.exec(chunk)![1] as keyof DemoEnv, text: chunk })),
);

let api: TestApi;
let world: World;
let directory: string;
let env: DemoEnv;

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  const turns = (JSON.parse(readFileSync(path.join(ROOT, 'samples/session-demo.turns.json'), 'utf8')) as { turns: { speaker: string; text: string }[] }).turns;
  const sessionId = await makeReadySession(api, world, turns.map((t) => [t.speaker === 'therapist' ? 'Therapist' : 'Patient', t.text]));
  env = {
    API_URL: api.url.replace(/\/graphql$/, ''),
    ORGANIZATION_ID: world.organizationId,
    ADMIN_KEY: world.admin.key,
    THERAPIST_ID: world.therapist.user.id,
    THERAPIST_KEY: world.therapist.key,
    PATIENT_ID: world.patient.user.id,
    PATIENT_KEY: world.patient.key,
    SESSION_ID: sessionId,
  };
  // A project-shaped directory: .run/demo.env as the demo writes it, and the samples the examples upload.
  directory = mkdtempSync(path.join(os.tmpdir(), 'readme-'));
  writeDemoEnv(path.join(directory, '.run/demo.env'), env);
  symlinkSync(path.join(ROOT, 'samples'), path.join(directory, 'samples'));
});
afterAll(async () => {
  if (directory) rmSync(directory, { recursive: true, force: true });
  await api?.close();
});

describe('README examples, run as written after loading .run/demo.env', () => {
  it('finds the examples and tells the reader the load command the demo prints', () => {
    expect(README).toContain(LOAD_COMMAND);
    expect(shellExamples.length).toBeGreaterThanOrEqual(4);
    expect(graphqlExamples.length).toBeGreaterThanOrEqual(3);
  });

  it('every sh example answers without errors', async () => {
    for (const example of shellExamples) {
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', `${LOAD_COMMAND}\n${example}`], { cwd: directory, env: { PATH: process.env.PATH ?? '' } });
      const answer = JSON.parse(stdout) as { data?: unknown; errors?: unknown };
      expect(answer.errors, example).toBeUndefined();
      expect(answer.data, example).toBeTruthy();
    }
  });

  it('every GraphQL example answers without errors, with its ids taken from demo.env', async () => {
    for (const { key, text } of graphqlExamples) {
      const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      // $sessionId comes from SESSION_ID, $patientId from PATIENT_ID, as the README tells the reader.
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, env[v.variable.name.value.replace(/([A-Z])/g, '_$1').toUpperCase() as keyof DemoEnv]]),
      );
      if (operation.operation === 'subscription') {
        const subscription = subscribe(api.url, env[key], text, variables);
        const first = await subscription.next();
        await subscription.close();
        expect(first !== 'complete' && first.errors, text).toBeFalsy();
        expect(first !== 'complete' && first.data, text).toBeTruthy();
      } else {
        const answer = await api.gql(env[key], text, variables);
        expect(answer.errors, text).toBeUndefined();
        expect(answer.data, text).toBeTruthy();
      }
    }
  });
});
