import { backoffMs, networkCode, parseRetryAfter, ProviderRequestError, retryableHttpError } from './provider-retry';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeepgramClient, DeepgramError, DeepgramTimeoutError } from '@deepgram/sdk';
import { detectedLanguage, parseDeepgramResponse, readWavChannels, reportedModel, toSegments } from './deepgram-mapping';
import { PermanentTranscriptionError, type Transcriber, type TranscriptionInput, type TranscriptionResult } from './transcriber';

/** Settings of the Deepgram transcriber; only `apiKey` is required. */
export interface DeepgramTranscriberOptions {
  apiKey: string;
  /** Another endpoint than Deepgram's cloud (self-hosted, or a local fake in tests). */
  baseUrl?: string;
  /** Default nova-3-medical. */
  model?: string;
  /** BCP-47 hint; default en. */
  language?: string;
  /** Per attempt, from opening the recording to the last byte of the reply. Default 10 minutes. */
  timeoutMs?: number;
  /** Further attempts after a 429, 408, 5xx or network failure. Default 3. */
  maxRetries?: number;
  /** First backoff delay when the reply has no usable retry-after; doubles per attempt. Default 1 s. */
  retryBaseDelayMs?: number;
  /** Upper bound on any wait between attempts, retry-after included. Default 60 s. */
  retryMaxDelayMs?: number;
  /** 'auto' (default): one speaker per channel when the input has 2+ channels; or force on/off. */
  multichannel?: 'auto' | boolean;
}

/** A recording whose channel count the caller may already know (e.g. probed at upload). */
export interface DeepgramTranscriptionInput extends TranscriptionInput {
  channels?: number;
}

/** A failure retrying may fix later; timeouts are left to the job queue rather than retried here. */
export class DeepgramRequestError extends ProviderRequestError {
  override name = 'DeepgramRequestError';
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** Enough of a WAV file to reach its `fmt ` chunk past the usual JUNK/bext/LIST chunks. */
const HEADER_PEEK_BYTES = 4096;

/**
 * Prerecorded transcription through Deepgram's REST API (`POST /v1/listen`). The recording is
 * streamed, never buffered. Patient audio is always sent with `mip_opt_out=true` so Deepgram
 * does not use it for model training. The SDK's own retry is off: it resends the same, already
 * consumed, stream body; here each attempt opens a fresh stream.
 */
export class DeepgramTranscriber implements Transcriber {
  readonly name: string;
  private readonly client: DeepgramClient;
  private readonly model: string;
  private readonly language: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly retryBaseDelayMs: number;
  private readonly retryMaxDelayMs: number;
  private readonly multichannel: 'auto' | boolean;

  constructor(options: DeepgramTranscriberOptions) {
    this.client = new DeepgramClient({ apiKey: options.apiKey, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
    this.model = options.model ?? 'nova-3-medical';
    this.language = options.language ?? 'en';
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? 3;
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 1000;
    this.retryMaxDelayMs = options.retryMaxDelayMs ?? 60_000;
    this.multichannel = options.multichannel ?? 'auto';
    this.name = `deepgram:${this.model}`;
  }

  /** Transcribes the recording, retrying rate limits and outages with backoff. */
  async transcribe(input: DeepgramTranscriptionInput, signal?: AbortSignal): Promise<TranscriptionResult> {
    for (let attempt = 0; ; attempt += 1) {
      signal?.throwIfAborted();
      try {
        return await this.attemptOnce(input, signal);
      } catch (error) {
        if (!(error instanceof DeepgramRequestError) || !error.isRetryable || signal?.aborted) throw error;
        if (attempt >= this.maxRetries) {
          throw new DeepgramRequestError(`${error.message}; gave up after ${attempt + 1} attempts`, error.kind, error.details);
        }
        await sleep(this.retryDelayMs(attempt, error.details.retryAfterMs), undefined, signal ? { signal } : {});
      }
    }
  }

  private async attemptOnce(input: DeepgramTranscriptionInput, signal?: AbortSignal): Promise<TranscriptionResult> {
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const abortSignal = signal ? AbortSignal.any([signal, deadline]) : deadline;
    const source = await input.open();
    const stopReading = () => source.destroy();
    abortSignal.addEventListener('abort', stopReading, { once: true });
    try {
      const { body, multichannel } = await this.prepareBody(input, source);
      const data: unknown = await this.client.listen.v1.media.transcribeFile(
        { data: body, contentType: input.mimeType, ...(input.sizeBytes > 0 ? { contentLength: input.sizeBytes } : {}) },
        {
          model: this.model,
          language: this.language,
          diarize: true,
          utterances: true,
          smart_format: true,
          punctuate: true,
          mip_opt_out: true,
          multichannel,
        },
        { maxRetries: 0, timeoutInSeconds: this.timeoutMs / 1000, abortSignal },
      );
      return this.toResult(data, multichannel);
    } catch (error) {
      throw translateError(error, { deadline, signal, timeoutMs: this.timeoutMs });
    } finally {
      abortSignal.removeEventListener('abort', stopReading);
      source.destroy();
    }
  }

  /** Decides multichannel from the option, the caller's channel count, or the WAV header. */
  private async prepareBody(input: DeepgramTranscriptionInput, source: Readable): Promise<{ body: Readable; multichannel: boolean }> {
    if (typeof this.multichannel === 'boolean') return { body: source, multichannel: this.multichannel };
    if (typeof input.channels === 'number') return { body: source, multichannel: input.channels >= 2 };
    const { head, body } = await peekHead(source, HEADER_PEEK_BYTES);
    return { body, multichannel: (readWavChannels(head) ?? 1) >= 2 };
  }

  private toResult(data: unknown, multichannel: boolean): TranscriptionResult {
    const parsed = parseDeepgramResponse(data);
    if (!parsed.ok) throw new PermanentTranscriptionError(`Deepgram returned an unusable reply (${parsed.problem})`);
    const { response } = parsed;
    return {
      provider: 'deepgram',
      model: reportedModel(response, this.model),
      language: detectedLanguage(response) ?? this.language,
      durationSec: response.metadata.duration,
      segments: toSegments(response, { multichannel }),
    };
  }

  /** retry-after when the server sent one, else exponential backoff with jitter; both capped. */
  private retryDelayMs(attempt: number, retryAfterMs: number | undefined): number {
    if (retryAfterMs !== undefined) return Math.min(retryAfterMs, this.retryMaxDelayMs);
    return backoffMs(attempt, this.retryBaseDelayMs, this.retryMaxDelayMs);
  }
}

/**
 * Reads the first `bytes` of a stream and returns them with a stream that replays them and then
 * continues with the rest, so a header can be inspected without buffering the recording.
 */
async function peekHead(source: Readable, bytes: number): Promise<{ head: Buffer; body: Readable }> {
  const iterator: AsyncIterator<Buffer> = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { head, body: Readable.from(replay(), { objectMode: false }) };
}

/**
 * SDK and fetch failures → our errors, with messages built here from the status and Deepgram's
 * short error code only: the SDK's own messages embed the reply body, which we never pass on.
 */
function translateError(error: unknown, context: { deadline: AbortSignal; signal?: AbortSignal; timeoutMs: number }): unknown {
  if (error instanceof PermanentTranscriptionError || error instanceof DeepgramRequestError) return error;
  if (context.signal?.aborted) return context.signal.reason ?? error;
  if (context.deadline.aborted || error instanceof DeepgramTimeoutError) {
    return new DeepgramRequestError(`Deepgram did not finish within ${Math.round(context.timeoutMs / 1000)} s`, 'timeout');
  }
  if (!(error instanceof DeepgramError)) return error;
  const status = error.statusCode;
  if (status === undefined) return new DeepgramRequestError(`Could not reach Deepgram (${networkCode(error)})`, 'network');
  const requestId = requestIdOf(error);
  const label = `HTTP ${status}${errorCodeOf(error.body)}${requestId ? `, request ${requestId}` : ''}`;
  return (
    retryableHttpError(DeepgramRequestError, 'Deepgram', label, { status, requestId, retryAfterMs: retryAfterMsOf(error) }) ??
    new PermanentTranscriptionError(`Deepgram rejected the recording (${label})`)
  );
}

function retryAfterMsOf(error: DeepgramError): number | undefined {
  return parseRetryAfter(error.rawResponse?.headers?.get('retry-after'));
}

function requestIdOf(error: DeepgramError): string | undefined {
  const headers = error.rawResponse?.headers;
  const fromBody = typeof error.body === 'object' && error.body ? (error.body as { request_id?: unknown }).request_id : undefined;
  const id = headers?.get('dg-request-id') ?? headers?.get('x-request-id') ?? fromBody;
  return typeof id === 'string' && /^[\w-]{1,64}$/.test(id) ? id : undefined;
}

/** Deepgram's `err_code` (e.g. INVALID_AUTH), only when it looks like a code and not free text. */
function errorCodeOf(body: unknown): string {
  const code = typeof body === 'object' && body ? (body as { err_code?: unknown }).err_code : undefined;
  return typeof code === 'string' && /^[A-Za-z_ ]{1,40}$/.test(code) ? ` ${code}` : '';
}
