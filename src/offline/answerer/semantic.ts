import type { ChatSource } from '../../providers/chat-model';
import type { Embedder } from '../../providers/embedder';
import { parseLines } from '../../chat/sentences';

/** Similarity in meaning of a source line (utterance) to the question, 0 when unrelated. */
export type SemanticScore = (source: ChatSource, lineIndex: number) => number;

/** Cosine similarity of two vectors (0 when either is all zeros). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / (Math.sqrt(na * nb) || 1);
}

/**
 * Embeds the question and every utterance of the sources (alone, and with the line before it, so
 * a short reply is judged with the question it answers; a line that asks something also with the
 * line after it, so a question is judged with its answer) in one call; a line scores the best of
 * those cosines, floored at 0.
 */
export async function semanticScores(embedder: Embedder, question: string, sources: readonly ChatSource[]): Promise<SemanticScore> {
  const keys: string[] = [];
  const texts = new Map<string, number>();
  const slot = (text: string) => {
    if (!texts.has(text)) texts.set(text, texts.size);
    return texts.get(text)!;
  };
  const lines = new Map<ChatSource, { alone: number; paired: number; answered: number }[]>();
  for (const source of sources) {
    const parsed = parseLines(source.text, source.speakers);
    lines.set(
      source,
      parsed.map((line, i) => ({
        alone: slot(line.content),
        paired: slot(i > 0 ? `${parsed[i - 1].content}\n${line.content}` : line.content),
        answered: slot(asks(line.content) && i + 1 < parsed.length ? `${line.content}\n${parsed[i + 1].content}` : line.content),
      })),
    );
  }
  keys.push(...texts.keys());
  if (!keys.length) return () => 0;
  const [[questionVector], vectors] = await Promise.all([embedder.embed([question], 'query'), embedder.embed(keys, 'document')]);
  const scores = new Map<ChatSource, number[]>();
  for (const [source, slots] of lines) scores.set(source, slots.map((s) => Math.max(0, cosine(questionVector, vectors[s.alone]), cosine(questionVector, vectors[s.paired]), cosine(questionVector, vectors[s.answered]))));
  return (source, lineIndex) => scores.get(source)?.[lineIndex] ?? 0;
}

/** A line that ends by asking something. */
function asks(text: string): boolean {
  return text.trim().endsWith('?');
}
