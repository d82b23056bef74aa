import path from 'node:path';
import { OfflineChatModel } from '../offline/answerer/offline.chat-model';
import { createAnthropicClient, createRiskScreen, type RiskScreen, type RiskScreenLog } from '../chat/risk-screen';
import type { Config } from '../config';
import { AnthropicChatModel } from './anthropic.chat-model';
import type { ChatModel } from './chat-model';
import { DeepgramTranscriber } from './deepgram.transcriber';
import type { Embedder } from './embedder';
import { OfflineEmbedder } from '../offline/embedder/offline.embedder';
import { OfflineTranscriber } from '../offline/speech/offline.transcriber';
import { OpenAIEmbedder } from './openai.embedder';
import { WhisperTranscriber } from '../offline/whisper/whisper.transcriber';
import type { Transcriber } from './transcriber';

/**
 * Speech to text. WHISPER_MODEL wins (a privacy-first clinic that set it never sends audio out,
 * even if a Deepgram key is also set), then Deepgram with DEEPGRAM_API_KEY, else pocketsphinx.
 */
export function createTranscriber(config: Config): Transcriber {
  const tempDir = config.dataHandling.workDir;
  if (config.offline.whisperModel) return new WhisperTranscriber({ modelPath: path.resolve(config.offline.whisperModel), tempDir });
  if (config.deepgram.apiKey) return new DeepgramTranscriber({ apiKey: config.deepgram.apiKey, baseUrl: config.deepgram.baseUrl, model: config.deepgram.model });
  return new OfflineTranscriber({ tempDir });
}

/** Embeddings: OpenAI when OPENAI_API_KEY is set, else the offline embedder (npm-shipped data). */
export function createEmbedder(config: Config): Embedder {
  if (config.openai.apiKey) return new OpenAIEmbedder({ apiKey: config.openai.apiKey, baseUrl: config.openai.baseUrl, model: config.openai.embeddingModel });
  return new OfflineEmbedder({ cacheDir: path.resolve(config.offline.embeddingsCacheDir) });
}

/** Answers: Claude when ANTHROPIC_API_KEY is set, else the offline extractive answerer. */
export function createChatModel(config: Config, embedder?: Embedder): ChatModel {
  if (config.anthropic.apiKey) return new AnthropicChatModel({ apiKey: config.anthropic.apiKey, baseUrl: config.anthropic.baseUrl, model: config.anthropic.model });
  // The offline answerer judges meaning with the offline embedder its thresholds were calibrated on
  // (shared with retrieval when that is offline too); it never calls a hosted API.
  const local = embedder instanceof OfflineEmbedder ? embedder : new OfflineEmbedder({ cacheDir: path.resolve(config.offline.embeddingsCacheDir) });
  return new OfflineChatModel(undefined, local);
}

/** The crisis screen: the rules, with Claude as a second opinion (it can only raise the level) when ANTHROPIC_API_KEY is set. */
export function createRiskScreenFor(config: Config, log: RiskScreenLog, timeoutMs = 1500): RiskScreen {
  const anthropic = config.anthropic.apiKey ? createAnthropicClient({ apiKey: config.anthropic.apiKey, baseUrl: config.anthropic.baseUrl }) : null;
  return createRiskScreen({ anthropic, model: config.anthropic.model, timeoutMs, log });
}

/** Which provider each role uses, for /health and the start-up log. */
export function describeProviders(config: Config): Record<'transcriber' | 'embedder' | 'chatModel', string> {
  return {
    transcriber: config.offline.whisperModel
      ? `offline:whisper.cpp:${path.basename(config.offline.whisperModel)}`
      : config.deepgram.apiKey
        ? `deepgram:${config.deepgram.model}`
        : 'offline:pocketsphinx',
    embedder: config.openai.apiKey ? `openai:${config.openai.embeddingModel}` : 'offline:sif-hash',
    chatModel: config.anthropic.apiKey ? `anthropic:${config.anthropic.model}` : 'offline:extractive',
  };
}
