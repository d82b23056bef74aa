import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A tiny GraphQL client for the demo: what a therapist or patient app would send. */
export class DemoClient {
  constructor(
    readonly url: string,
    readonly key: string,
  ) {}

  /** Runs one operation and returns `data`, throwing with the error codes if there were errors. */
  async request<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.url, {
      method: 'POST',
      // No key at all for a keyless operation (redeemEnrollment).
      headers: { 'content-type': 'application/json', ...(this.key ? { 'x-api-key': this.key } : {}), 'user-agent': 'therapyrag-demo/1.0' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
    return body.data as T;
  }

  /** uploadSession as a GraphQL multipart request (with Apollo's CSRF preflight header). */
  async upload<T>(query: string, variables: Record<string, unknown>, filePath: string): Promise<T> {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: { ...variables, input: { ...(variables.input as object), file: null } } }));
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([readFileSync(filePath)]), path.basename(filePath));
    const res = await fetch(this.url, { method: 'POST', headers: { 'x-api-key': this.key, 'apollo-require-preflight': 'true' }, body: form });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
    return body.data as T;
  }

  /** Subscribes over graphql-ws and calls `onEvent` for each result until `done` returns true. */
  follow<T>(query: string, variables: Record<string, unknown>, onEvent: (data: T) => boolean): Promise<void> {
    const client = createClient({ url: this.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { 'x-api-key': this.key } });
    return new Promise((resolve, reject) => {
      const stop = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors?.length) return reject(new Error(result.errors.map((e) => e.message).join('; ')));
            if (onEvent(result.data as T)) {
              stop();
              void client.dispose();
              resolve();
            }
          },
          error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
          complete: () => resolve(),
        },
      );
    });
  }
}

/**
 * A patient's key the only way there is one (DESIGN.md "Keys for patients"): `issuer` (an ADMIN or
 * the patient's THERAPIST) creates an enrollment, and the patient's app redeems its one-time code
 * without any key. Returns the patient's secret.
 */
export async function enrollPatient(issuer: DemoClient, patientId: string, keyName: string): Promise<string> {
  const { createEnrollment } = await issuer.request<{ createEnrollment: { code: string } }>('mutation($u: ID!) { createEnrollment(input: {userId: $u}) { code } }', { u: patientId });
  const patientApp = new DemoClient(issuer.url, '');
  const { redeemEnrollment } = await patientApp.request<{ redeemEnrollment: { secret: string } }>(
    'mutation($c: String!, $n: String!) { redeemEnrollment(input: {code: $c, name: $n}) { secret } }',
    { c: createEnrollment.code, n: keyName },
  );
  return redeemEnrollment.secret;
}
