import { backoffMs, networkCode, parseRetryAfter, ProviderRequestError, retryableHttpError } from './provider-retry';
import { setTimeout as sleep } from 'node:timers/promises';
import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import type { MessageParam } from '@anthropic-ai/sdk/resources/messages';
import { buildSystemPrompt, formatRewriteMessage, formatSourcesMessage, REWRITE_SYSTEM_PROMPT } from '../chat/system-prompt';
import { PermanentChatModelError, type ChatAnswer, type ChatModel, type ChatRequest, type ChatTurn } from './chat-model';

/** Settings of the Claude chat model; only `apiKey` is required. */
export interface AnthropicChatModelOptions {
  apiKey: string;
  /** Another endpoint than Anthropic's (a gateway, or a local fake in tests), without /v1. */
  baseUrl?: string;
  /** Default claude-sonnet-4-20250514. */
  model?: string;
  /** Further attempts after a 429, 529, other 5xx or network failure. Default 4. */
  maxRetries?: number;
  /** Per attempt. Default 60 s. A timed-out attempt is not repeated: the patient is waiting. */
  timeoutMs?: number;
  /** Upper bound on the answer's length. Default 700. */
  maxTokens?: number;
  /** First backoff delay when the reply has no retry-after; doubles per attempt. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** Longest wait between attempts. A retry-after above it ends the retries at once. Default 10 s. */
  retryMaxDelayMs?: number;
  /** Most characters of earlier turns sent along with a question. Default 6000. */
  historyMaxChars?: number;
}

/** A failure that may pass if tried again later; its message holds no prompt, reply text or key. */
export class AnthropicRequestError extends ProviderRequestError {
  override name = 'AnthropicRequestError';
}

/** One Messages API call's parameters, minus the model. */
interface Call {
  system: string;
  messages: MessageParam[];
  maxTokens: number;
  maxRetries: number;
  timeoutMs: number;
}

const REWRITE_MAX_TOKENS = 100;
const REWRITE_HISTORY_TURNS = 4;
const REWRITE_TIMEOUT_MS = 15_000;
const MAX_QUERY_CHARS = 300;

/**
 * Answers through Anthropic's Messages API (`POST /v1/messages`). The SDK's own retry is off so
 * this class decides: 429, 529 and other 5xx and network failures are retried with backoff,
 * honouring retry-after; any other 4xx and any reply without text fail permanently. Error
 * messages are built here from the status and Anthropic's error type only, never from the
 * reply body or the SDK's messages, which may echo the request.
 */
export class AnthropicChatModel implements ChatModel {
  readonly name: string;
  private readonly client: Anthropic;
  private readonly model: string;
  private readonly maxRetries: number;
  private readonly timeoutMs: number;
  private readonly maxTokens: number;
  private readonly retryBaseDelayMs: number;
  private readonly retryMaxDelayMs: number;
  private readonly historyMaxChars: number;

  constructor(options: AnthropicChatModelOptions) {
    this.client = new Anthropic({
      apiKey: options.apiKey,
      baseURL: options.baseUrl ?? 'https://api.anthropic.com',
      maxRetries: 0,
      // Explicit, so ANTHROPIC_LOG=debug or a content-mode env variable cannot put transcripts in logs or traces.
      logLevel: 'warn',
      openTelemetry: { traces: { contentMode: 'metadata_only' } },
    });
    this.model = options.model ?? 'claude-sonnet-4-20250514';
    this.maxRetries = options.maxRetries ?? 4;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxTokens = options.maxTokens ?? 700;
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 500;
    this.retryMaxDelayMs = options.retryMaxDelayMs ?? 10_000;
    this.historyMaxChars = options.historyMaxChars ?? 6000;
    this.name = `anthropic:${this.model}`;
  }

  /** Answers from the numbered sources, with recent turns as context. */
  async answer(request: ChatRequest, signal?: AbortSignal): Promise<ChatAnswer> {
    const history = recentTurns(request.history, this.historyMaxChars);
    const messages = withUserTurn(history, formatSourcesMessage(request));
    const { text, model } = await this.call(
      {
        system: buildSystemPrompt({ firstMessage: request.firstMessage }),
        messages,
        maxTokens: this.maxTokens,
        maxRetries: this.maxRetries,
        timeoutMs: this.timeoutMs,
      },
      signal,
    );
    return { text, model };
  }

  /** A standalone search query; never fails the chat: on any error, the question plus the previous user turn. */
  async rewriteQuery(question: string, history: ChatTurn[], signal?: AbortSignal): Promise<string> {
    if (history.length === 0) return question;
    try {
      const { text } = await this.call(
        {
          system: REWRITE_SYSTEM_PROMPT,
          messages: [{ role: 'user', content: formatRewriteMessage(question, recentTurns(history.slice(-REWRITE_HISTORY_TURNS), this.historyMaxChars)) }],
          maxTokens: REWRITE_MAX_TOKENS,
          maxRetries: Math.min(this.maxRetries, 1),
          timeoutMs: Math.min(this.timeoutMs, REWRITE_TIMEOUT_MS),
        },
        signal,
      );
      const query = cleanQuery(text);
      if (query) return query;
    } catch (error) {
      if (signal?.aborted) throw error;
    }
    return fallbackQuery(question, history);
  }

  private async call(call: Call, signal?: AbortSignal): Promise<{ text: string; model: string }> {
    for (let attempt = 0; ; attempt += 1) {
      signal?.throwIfAborted();
      try {
        return await this.attemptOnce(call, signal);
      } catch (error) {
        if (!(error instanceof AnthropicRequestError) || !error.isRetryable || signal?.aborted) throw error;
        const delayMs = this.retryDelayMs(attempt, error.details.retryAfterMs);
        if (attempt >= call.maxRetries || delayMs === undefined) {
          throw new AnthropicRequestError(`${error.message}; gave up after ${attempt + 1} attempt${attempt ? "s" : ""}`, error.kind, error.details);
        }
        await sleep(delayMs, undefined, signal ? { signal } : {});
      }
    }
  }

  private async attemptOnce(call: Call, signal?: AbortSignal): Promise<{ text: string; model: string }> {
    const deadline = AbortSignal.timeout(call.timeoutMs);
    try {
      const reply: unknown = await this.client.messages.create(
        // No temperature: SDK 1.13 has dropped the parameter (deprecated upstream); the prompts carry the precision.
        { model: this.model, max_tokens: call.maxTokens, system: call.system, messages: call.messages },
        { signal: signal ? AbortSignal.any([signal, deadline]) : deadline, timeout: call.timeoutMs, maxRetries: 0 },
      );
      return readReply(reply, this.model);
    } catch (error) {
      throw translateError(error, { deadline, signal, timeoutMs: call.timeoutMs });
    }
  }

  /** retry-after when sent (undefined when it exceeds the cap: waiting here would outlast the patient), else backoff with jitter. */
  private retryDelayMs(attempt: number, retryAfterMs: number | undefined): number | undefined {
    if (retryAfterMs !== undefined) return retryAfterMs <= this.retryMaxDelayMs ? retryAfterMs : undefined;
    return backoffMs(attempt, this.retryBaseDelayMs, this.retryMaxDelayMs);
  }
}

/** The text blocks of a Messages reply, joined; anything else is a malformed reply. */
function readReply(reply: unknown, requestedModel: string): { text: string; model: string } {
  const message = typeof reply === 'object' && reply !== null ? (reply as { content?: unknown; model?: unknown }) : undefined;
  if (!message || !Array.isArray(message.content)) throw new PermanentChatModelError('Anthropic returned a reply in an unexpected shape');
  const text = message.content
    .filter((block): block is { type: 'text'; text: string } => block?.type === 'text' && typeof block.text === 'string')
    .map((block) => block.text)
    .join('')
    .trim();
  if (!text) throw new PermanentChatModelError('Anthropic returned a reply without text');
  const model = typeof message.model === 'string' && /^[\w.:@-]{1,100}$/.test(message.model) ? message.model : requestedModel;
  return { text, model };
}

/**
 * The last whole turns within `maxChars` (only the latest is ever cut, when it alone is too long),
 * starting with a patient turn and alternating, as the API expects.
 */
export function recentTurns(history: readonly ChatTurn[], maxChars: number): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let budget = maxChars;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const content = history[i].content.trim();
    if (!content) continue;
    if (content.length > budget && kept.length > 0) break;
    const clipped = content.length > budget ? `${content.slice(0, budget)}…` : content;
    kept.unshift({ role: history[i].role, content: clipped });
    budget -= clipped.length;
  }
  while (kept[0]?.role === 'assistant') kept.shift();
  return kept.reduce<ChatTurn[]>((turns, turn) => {
    const last = turns[turns.length - 1];
    if (last?.role === turn.role) last.content = `${last.content}\n\n${turn.content}`;
    else turns.push({ ...turn });
    return turns;
  }, []);
}

/** Appends the new user content, merged into a trailing user turn if the history ends with one. */
function withUserTurn(history: ChatTurn[], content: string): MessageParam[] {
  const messages: MessageParam[] = history.map((turn) => ({ role: turn.role, content: turn.content }));
  const last = history[history.length - 1];
  if (last?.role === 'user') messages[messages.length - 1] = { role: 'user', content: `${last.content}\n\n${content}` };
  else messages.push({ role: 'user', content });
  return messages;
}

function cleanQuery(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  return line.replace(/^(query|search query)\s*:\s*/i, '').replace(/^["'“”]+|["'“”]+$/g, '').trim().slice(0, MAX_QUERY_CHARS);
}

/** The question with the previous user turn, so retrieval still sees what "it" referred to. */
export function fallbackQuery(question: string, history: readonly ChatTurn[]): string {
  const previous = [...history].reverse().find((turn) => turn.role === 'user' && turn.content.trim() !== question.trim());
  return previous ? `${question} ${previous.content.trim()}`.slice(0, 2 * MAX_QUERY_CHARS) : question;
}

/** SDK and fetch failures → our errors, with safe messages built from status, error type and request id. */
function translateError(error: unknown, context: { deadline: AbortSignal; signal?: AbortSignal; timeoutMs: number }): unknown {
  if (error instanceof PermanentChatModelError || error instanceof AnthropicRequestError) return error;
  if (context.signal?.aborted) return context.signal.reason ?? error;
  if (context.deadline.aborted || error instanceof APIConnectionTimeoutError) {
    return new AnthropicRequestError(`Anthropic did not answer within ${Math.round(context.timeoutMs / 1000)} s`, 'timeout');
  }
  if (error instanceof SyntaxError) return new PermanentChatModelError('Anthropic returned a reply that is not valid JSON');
  if (error instanceof APIUserAbortError) return error;
  if (error instanceof APIConnectionError) return new AnthropicRequestError(`Could not reach Anthropic (${networkCode(error)})`, 'network');
  if (!(error instanceof APIError) || error.status === undefined) return new PermanentChatModelError('Anthropic request failed unexpectedly');
  const status = error.status;
  const requestId = typeof error.requestID === 'string' && /^[\w-]{1,100}$/.test(error.requestID) ? error.requestID : undefined;
  const type = typeof error.type === 'string' && /^[a-z_]{1,40}$/.test(error.type) ? ` ${error.type}` : '';
  const label = `HTTP ${status}${type}${requestId ? `, request ${requestId}` : ''}`;
  const retryAfterMs = parseRetryAfter(error.headers?.get('retry-after'));
  return (
    retryableHttpError(AnthropicRequestError, 'Anthropic', label, { status, requestId, retryAfterMs }) ??
    new PermanentChatModelError(`Anthropic refused the request (${label})`)
  );
}
