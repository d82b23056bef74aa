import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWav } from '../../devtools/audio';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import { launchChromium } from './chromium';

/** Screenshots kept as test artefacts (gitignored with the rest of .run/; TEST_ARTIFACTS_DIR moves them). */
const ARTIFACTS = process.env.TEST_ARTIFACTS_DIR ?? path.resolve(__dirname, '../../.run/artifacts');

let api: TestApi;
let world: World;
let browser: Browser;
let page: Page;
const requested: string[] = [];
const problems: string[] = [];

/** The text of one of GraphiQL's CodeMirror editors, read through CodeMirror itself. */
function editorText(selector: string): Promise<string> {
  // CodeMirror 5 hangs its instance on the wrapper element.
  return page.locator(selector).evaluate((wrapper) => (wrapper as unknown as { CodeMirror?: { getValue(): string } }).CodeMirror?.getValue() ?? '');
}

const QUERY_EDITOR = 'section[aria-label="Query Editor"] .CodeMirror';
const HEADERS_EDITOR = 'section.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
const RESULT = 'section.result-window .CodeMirror';

/** Replaces an editor's text as a user pasting would (select all, insert). */
async function replaceText(selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

async function run(): Promise<void> {
  await page.getByRole('button', { name: /^Execute query/ }).click();
}

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  await api.gql(world.patient.key, 'mutation($p: ID!) { grantConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: world.patient.user.id });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('request', (request) => requested.push(request.url()));
  page.on('websocket', (socket) => requested.push(socket.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('the GraphQL explorer in Chromium, with no internet', () => {
  it('opens at /graphql without a key, with the x-api-key header ready to fill in', async () => {
    const response = await page.goto(api.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.locator(QUERY_EDITOR).waitFor();
    expect(await editorText(HEADERS_EDITOR)).toContain('"x-api-key"');
    // The schema loaded without a key: the documentation explorer lists the root types.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText()).toContain('Query');
    // The query builder (explorer plugin) lists the root fields to click a query together.
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await expect.poll(() => page.locator('.graphiql-plugin').innerText()).toMatch(/\bme\b[\s\S]*\bsessions\b/);
  });

  it('runs `me` with the key from the Headers tab and shows the answer', async () => {
    await replaceText(HEADERS_EDITOR, JSON.stringify({ 'x-api-key': world.therapist.key }));
    await replaceText(QUERY_EDITOR, '{ me { id role } }');
    await run();
    await expect.poll(() => editorText(RESULT)).toContain(world.therapist.user.id);
    expect(JSON.parse(await editorText(RESULT))).toEqual({ data: { me: { id: world.therapist.user.id, role: 'THERAPIST' } } });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
  });

  it('uploads a WAV through the upload panel, then follows its sessionStatus over graphql-ws', async () => {
    await page.getByRole('button', { name: 'Show Upload a recording' }).click();
    const panel = page.getByRole('form', { name: 'Upload a recording' });
    await panel.getByLabel('Patient id').fill(world.patient.user.id);
    await panel.getByLabel('Recording').setInputFiles({ name: 'session.wav', mimeType: 'audio/wav', buffer: makeWav(1) });
    await panel.getByRole('button', { name: 'Upload' }).click();
    const result = panel.getByLabel('Upload result');
    await expect.poll(() => result.innerText()).toContain('"status": "UPLOADED"');
    const uploaded = JSON.parse((await result.innerText()).replace(/^HTTP 200\n/, '')) as { data: { uploadSession: { id: string } } };
    const sessionId = uploaded.data.uploadSession.id;
    expect(await api.app.db.session.count({ where: { id: sessionId, patientId: world.patient.user.id } })).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-upload.png') });

    await panel.getByRole('button', { name: 'Follow its sessionStatus' }).click();
    expect(await editorText(QUERY_EDITOR)).toContain(`sessionStatus(sessionId: "${sessionId}")`);
    await run();
    // The first event is the session's current state; a change made elsewhere arrives live.
    await expect.poll(() => editorText(RESULT)).toContain('"status": "UPLOADED"');
    const deleted = await api.gql<{ deleteSession: boolean }>(world.therapist.key, 'mutation($id: ID!) { deleteSession(id: $id) }', { id: sessionId });
    expect(deleted.data?.deleteSession).toBe(true);
    await expect.poll(() => editorText(RESULT)).toContain('"status": "DELETED"');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-subscription.png') });
  });

  it('made every request to the API itself, and the browser reported no error', () => {
    const origin = new URL(api.url);
    const hosts = new Set(requested.map((url) => new URL(url).host));
    expect([...hosts]).toEqual([origin.host]);
    expect(requested.some((url) => url.startsWith(`ws://${origin.host}/graphql`))).toBe(true);
    expect(requested.filter((url) => url.includes('/graphql/explorer/')).length).toBeGreaterThanOrEqual(6);
    expect(problems).toEqual([]);
  });
});
