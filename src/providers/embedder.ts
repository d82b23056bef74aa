/** Whether a text is stored for retrieval or asked as a question; some models embed them differently. */
export type EmbeddingKind = 'document' | 'query';

/** Turns texts into fixed-length vectors whose cosine similarity reflects meaning. */
export interface Embedder {
  /** Versioned model name, stored with every chunk so vectors from different models never mix. */
  readonly model: string;
  readonly dimensions: number;
  /** One vector per text, in input order. */
  embed(texts: string[], kind: EmbeddingKind): Promise<number[][]>;
}
