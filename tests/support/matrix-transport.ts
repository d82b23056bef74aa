import type { GraphQLField } from 'graphql';
import { makeWav } from '../../devtools/audio';
import type { TestApi } from './harness';
import { documentFor } from './matrix';
import { subscribe } from './subscription';
import { uploadSession } from '../../devtools/upload';
import { connectWs } from './ws';

/** What one case returned: `ok` or the first error's code, the field's value, and the whole answer (scanned for leaks). */
export interface CaseResult {
  outcome: string;
  value: unknown;
  body: unknown;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const FIRST_EVENT_TIMEOUT_MS = 10_000;

function resultOf(fieldName: string, body: GraphQLBody): CaseResult {
  const outcome = body.errors?.length ? String(body.errors[0].extensions?.code ?? 'NO_CODE') : 'ok';
  return { outcome, value: body.data?.[fieldName] ?? null, body };
}

/**
 * Sends one operation the way a client would: JSON over HTTP, GraphQL multipart for a field with
 * an Upload argument (a tiny WAV), graphql-ws for a subscription (handshake first, then the first event).
 */
export async function runOperation(api: TestApi, kind: string, field: GraphQLField<unknown, unknown>, key: string | null, variables: Record<string, unknown>): Promise<CaseResult> {
  if (kind === 'subscription') return runSubscription(api, kind, field, key, variables);
  if (field.name === 'uploadSession') {
    const res = await uploadSession(api.url, key, variables.input as Record<string, unknown>, makeWav(0.2));
    return resultOf(field.name, res.body as GraphQLBody);
  }
  const res = await api.gql(key, documentFor(kind, field, variables), variables);
  return resultOf(field.name, res as GraphQLBody);
}

async function runSubscription(api: TestApi, kind: string, field: GraphQLField<unknown, unknown>, key: string | null, variables: Record<string, unknown>): Promise<CaseResult> {
  const handshake = await connectWs(api.url, key === null ? {} : { 'x-api-key': key });
  handshake.socket.close();
  if (!handshake.acked) {
    const outcome = handshake.code === 4401 ? 'UNAUTHENTICATED' : `CLOSED_${handshake.code}`;
    return { outcome, value: null, body: { code: handshake.code, reason: handshake.reason } };
  }
  const subscription = subscribe<Record<string, unknown>>(api.url, key!, documentFor(kind, field, variables), variables);
  try {
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), FIRST_EVENT_TIMEOUT_MS).unref());
    const first = await Promise.race([subscription.next(), timeout]);
    if (first === 'timeout' || first === 'complete') return { outcome: `NO_EVENT_${first}`, value: null, body: null };
    return resultOf(field.name, first as GraphQLBody);
  } finally {
    await subscription.close();
  }
}
