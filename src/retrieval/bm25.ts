import { contentStems, stripSpeakerLabels } from '../text/text';

/** Okapi BM25 parameters (Robertson and Zaragoza's usual values). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** A document as BM25 counts it: its stems and how often each occurs. */
export interface Bm25Document<T> {
  item: T;
  frequencies: Map<string, number>;
  length: number;
}

/**
 * Version of `passageStems`, stored with each chunk's postings (session_chunks.analyzer_version).
 * Bump it whenever `passageStems` (or the stemmer and stop list behind it) changes what it returns:
 * chunks indexed with another version are re-indexed the next time their patient is searched.
 */
export const ANALYZER_VERSION = 2;

/** Stems of a passage, without the speaker labels that repeat in every passage. */
export function passageStems(text: string): string[] {
  return contentStems(stripSpeakerLabels(text));
}

/** What the inverted index stores for a passage: each stem's count (tf) and the stem count (BM25 length). */
export function passagePostings(text: string): { frequencies: Map<string, number>; length: number } {
  const { frequencies, length } = bm25Document(null, passageStems(text));
  return { frequencies, length };
}

/** A document of `stems` as BM25 counts it: each stem's frequency and the stem count. */
export function bm25Document<T>(item: T, stems: readonly string[]): Bm25Document<T> {
  const frequencies = new Map<string, number>();
  for (const s of stems) frequencies.set(s, (frequencies.get(s) ?? 0) + 1);
  return { item, frequencies, length: stems.length };
}

/**
 * Okapi BM25 over a small collection (one patient's passages), OR semantics: any shared stem
 * scores. Documents that share nothing with the query are left out; ties keep input order.
 * `weights` (parallel to `queryStems`, default 1 each) scale each term's contribution: related
 * words added to a question count less than its own. A stem given twice counts once, at its
 * highest weight (`uniqueTerms`).
 */
export function bm25Rank<T>(queryStems: readonly string[], documents: readonly Bm25Document<T>[], weights?: readonly number[]): { item: T; score: number }[] {
  if (!documents.length) return [];
  const averageLength = documents.reduce((sum, d) => sum + d.length, 0) / documents.length || 1;
  const { terms, weights: termWeights } = uniqueTerms(queryStems, weights);
  const idf = new Map<string, number>();
  for (const term of terms) {
    const df = documents.filter((d) => d.frequencies.has(term)).length;
    idf.set(term, Math.log(1 + (documents.length - df + 0.5) / (df + 0.5)));
  }
  const scored = documents.map((d, order) => {
    let score = 0;
    terms.forEach((term, i) => {
      const f = d.frequencies.get(term);
      if (!f) return;
      score += termWeights[i] * ((idf.get(term)! * f * (BM25_K1 + 1)) / (f + BM25_K1 * (1 - BM25_B + (BM25_B * d.length) / averageLength)));
    });
    return { item: d.item, score, order };
  });
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.order - b.order).map(({ item, score }) => ({ item, score }));
}

/** Query stems in first-seen order, each once with its highest weight (default 1); non-positive weights drop the term. */
export function uniqueTerms(queryStems: readonly string[], weights?: readonly number[]): { terms: string[]; weights: number[] } {
  const best = new Map<string, number>();
  queryStems.forEach((term, i) => {
    const w = weights?.[i] ?? 1;
    if (!best.has(term) || w > best.get(term)!) best.set(term, w);
  });
  const kept = [...best].filter(([, w]) => w > 0);
  return { terms: kept.map(([t]) => t), weights: kept.map(([, w]) => w) };
}
