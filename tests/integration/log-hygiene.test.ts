import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeepgramTranscriber } from '../../src/providers/deepgram.transcriber';
import { makeWav } from '../../devtools/audio';
import { startFakeDeepgram, type FakeDeepgram, type FakeUtterance } from '../support/fake-deepgram';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents } from '../../devtools/ready-session';
import { uploadSession } from '../../devtools/upload';
import { startTestWorkers } from '../support/workers';

const SPOKEN: FakeUtterance[] = [
  { start: 0, end: 5, transcript: 'Tell me about the nightmares involving the lake house.', channel: 0 },
  { start: 5, end: 12, transcript: 'I keep dreaming that my brother Marcus drowns while I watch from the dock.', channel: 1 },
];
const QUESTION = 'What did I say about the dream with Marcus at the lake?';

let api: TestApi;
let deepgram: FakeDeepgram;
let workers: Awaited<ReturnType<typeof startTestWorkers>>;
let world: World;

beforeAll(async () => {
  api = await startTestApi({ LOG_LEVEL: 'trace' });
  deepgram = await startFakeDeepgram({ utterances: SPOKEN });
  workers = await startTestWorkers(api.app, new DeepgramTranscriber({ apiKey: deepgram.apiKey, baseUrl: deepgram.url }));
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
});
afterAll(async () => {
  await workers.close();
  await deepgram.close();
  await api.close();
});

describe('log hygiene over a full pipeline at trace level', () => {
  it('no API key, email, transcript sentence or chat message appears in any log line', async () => {
    const ready = api.waitForLog((l) => l.msg === 'session indexed');
    const res = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id }, makeWav(2, { channels: 2 }));
    expect(res.body.errors).toBeUndefined();
    await ready;
    const chat = await api.gql<{ chat: { message: { content: string } } }>(world.patient.key, 'mutation($m: String!) { chat(input: {message: $m}) { message { content citations { quote } } } }', { m: QUESTION });
    expect(chat.data!.chat.message.content).toMatch(/Marcus/);
    await api.gql(world.patient.key, 'mutation { chat(input: {message: "I want to end my life tonight"}) { crisis } }');
    await api.gql(`${world.admin.key.slice(0, -4)}AAAA`, '{ me { id } }');

    const text = api.logs.join('\n');
    expect(api.logs.length).toBeGreaterThan(10);
    const secrets = [
      world.admin.key, world.therapist.key, world.patient.key, deepgram.apiKey,
      world.admin.user.email, world.patient.user.email, world.therapist.user.email,
      ...SPOKEN.map((u) => u.transcript), 'Marcus', 'lake house', QUESTION, 'end my life', chat.data!.chat.message.content,
    ];
    for (const secret of secrets) expect(text, `log contains: ${secret}`).not.toContain(secret);
  });
});
