import 'reflect-metadata';
import type { RiskScreenFn } from './chat/chat.service';
import { createCore, type Core } from './composition/core';
import { createGraphqlParts, type GraphqlParts } from './composition/graphql';
import type { Config } from './config';
import type { ChatModel } from './providers/chat-model';
import type { Embedder } from './providers/embedder';

/**
 * The API process's whole application: the core plus the GraphQL parts. Worker-side code takes a
 * `Core` (src/composition/core.ts); the worker process builds only that.
 */
export interface App extends Core, Omit<GraphqlParts, 'close'> {
  close(): Promise<void>;
}

/** Composes core and GraphQL parts (the API, the CLI's callers that need both, the tests). */
export function createApp(config: Config, log: Core['log'], providers: { embedder?: Embedder; chatModel?: ChatModel; screen?: RiskScreenFn } = {}): App {
  const core = createCore(config, log, providers);
  const graphql = createGraphqlParts(core, providers);
  return {
    ...core,
    ...graphql,
    async close() {
      await graphql.close();
      await core.close();
    },
  };
}
