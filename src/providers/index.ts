import type { Config } from '../config';

/** Which provider each role uses: the real one when its key is set, the offline default otherwise. */
export function describeProviders(config: Config): Record<'transcriber' | 'embedder' | 'chatModel', string> {
  return {
    transcriber: config.deepgram.apiKey ? `deepgram:${config.deepgram.model}` : 'offline:pocketsphinx',
    embedder: config.openai.apiKey ? `openai:${config.openai.embeddingModel}` : 'offline',
    chatModel: config.anthropic.apiKey ? `anthropic:${config.anthropic.model}` : 'offline:extractive',
  };
}
