/**
 * The one BPE tokenizer, cl100k_base (OpenAI's text-embedding-3-*): the chunker sizes chunks in its
 * tokens and the OpenAI embedder fits its inputs to the model's limit with it.
 */
import type { Tiktoken } from 'js-tiktoken' with { 'resolution-mode': 'import' };

type TiktokenModule = typeof import('js-tiktoken', { with: { 'resolution-mode': 'import' } });
// js-tiktoken ships a CommonJS build, but its typings are ESM-only, so tsc (module node16)
// rejects a plain import from this CommonJS package; require it with the real types instead.
const { getEncoding } = require('js-tiktoken') as TiktokenModule;

let encoder: Tiktoken | undefined;

/** The cl100k_base tokenizer, loaded once on first use: its rank table takes ~300 ms to parse. */
export function cl100k(): Tiktoken {
  return (encoder ??= getEncoding('cl100k_base'));
}

/** Tokens of `text`, with special-token strings such as <|endoftext|> counted as plain text instead of thrown on. */
export function encodeTokens(text: string): number[] {
  return cl100k().encode(text, [], []);
}
