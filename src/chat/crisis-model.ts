/**
 * A learned second layer for the crisis screen (issue 16): a small linear text classifier that
 * reads meaning the phrase rules do not spell out. It can only RAISE the rules' level (crisis.ts).
 *
 * Features come from the screen's own folding (crisis-foreign.ts `foldText`: case, accents,
 * symbols and digits for letters, split or joined words, misspellings of the lexicon): hashed
 * character n-grams of 3 to 5 characters inside each space-padded word (word-boundary aware)
 * plus word unigrams and bigrams, 5-character word stems and stem pairs up to three words apart
 * (language-independent, so "giving away my" and "give it all away" share features), binary,
 * L2-normalised; words in a negator's clause ("not",
 * "never", "nunca", "nicht", …) get features of their own, so "I'm not suicidal" is not "suicidal". Two logistic outputs share them:
 * `risk` (CONCERN or CRISIS vs NONE) and `crisis` (CRISIS vs the rest).
 *
 * The weights live in crisis-model.json, written by tests/unit/crisis-table/train.ts from the TUNE
 * rows of the crisis table plus the eval questions as benign; thresholds were chosen there by
 * leave-one-batch-out cross-validation. Pure, synchronous, no network; a few microseconds per
 * short message. It never logs.
 */
import model from './crisis-model.json';
import { foldText } from './crisis-foreign';

/** Number of hash buckets (a power of two); train.ts and this file must agree. */
export const BUCKETS = 1 << 18;
/** Longer messages are scored on their start and end (where a crisis line often is), so the cost stays bounded. */
const MAX_CHARS = 4000;

/** The shape of crisis-model.json. */
export interface CrisisModelFile {
  version: number;
  buckets: number;
  /** sha256 of the training input (rows, labels, eval questions, feature settings). */
  trainingChecksum: string;
  /** Thresholds: CONCERN when p(risk) ≥ concern; CRISIS when also p(crisis) ≥ crisis. */
  thresholds: { concern: number; crisis: number };
  risk: LinearHead;
  crisis: LinearHead;
  /** Leave-one-batch-out figures printed by train.ts, kept for the record. */
  cv: Record<string, number>;
}

/** One sparse logistic head: weights for the listed buckets, zero elsewhere. */
export interface LinearHead {
  bias: number;
  indices: number[];
  weights: number[];
}

/** Probabilities of the two outputs for one message. */
export interface ModelScores {
  risk: number;
  crisis: number;
}

// Negation scope (NegEx-style marking), in the six languages; "t" is what folding leaves of "n't".
const NEGATORS = new Set(['not', 'no', 'never', 't', 'nothing', 'nunca', 'nao', 'ne', 'pas', 'jamais', 'nicht', 'kein', 'keine', 'nie', 'non', 'mai', 'ni']);
const SCOPE_ENDS = new Set([',', 'but', 'and', 'pero', 'mais', 'aber', 'ma', 'mas', 'y', 'et', 'und', 'e']);

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** Bump when featurize changes, so the training checksum (train.ts) asks for a retrain. */
export const FEATURE_VERSION = 2;
/** Words are cut to this many characters for the stem features: a crude stemmer that works the same in six languages. */
const STEM = 5;
/** Stem pairs are taken between words up to this far apart within a sentence ("give … away", "quiero … morir"). */
const PAIR_SPAN = 3;

/** The message's sparse feature vector: sorted bucket ids and L2-normalised values. */
export function featurize(message: string, buckets = BUCKETS): { ids: number[]; values: number[] } {
  const bounded = message.length > MAX_CHARS ? `${message.slice(0, MAX_CHARS / 2)} . ${message.slice(-MAX_CHARS / 2)}` : message;
  const words = foldText(bounded)
    .split(' ')
    .filter((word) => word.length > 0 && word !== ',');
  const ids = new Set<number>();
  const mask = buckets - 1;
  const add = (feature: string) => ids.add(hash(feature) & mask);
  const scopes: string[] = [];
  let negated = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (word === '.' || SCOPE_ENDS.has(word)) negated = false;
    // Words after a negator, up to the end of the clause, get features of their own ("not suicidal").
    const scope = negated ? 'n' : '';
    scopes.push(scope);
    if (NEGATORS.has(word)) negated = true;
    if (word === '.') continue;
    add(`${scope}w:${word}`);
    const next = words[index + 1];
    if (next !== undefined && next !== '.') add(`${scope}b:${word} ${next}`);
    if (word.length > STEM) add(`${scope}s:${word.slice(0, STEM)}`);
    const padded = ` ${word} `;
    for (let size = 3; size <= 5; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) add(`${scope}c:${padded.slice(start, start + size)}`);
    }
  }
  // Stem pairs within a sentence, adjacent or a word or two apart: phrasings that share a meaning but not a wording.
  for (let index = 0; index < words.length; index += 1) {
    if (words[index] === '.') continue;
    for (let distance = 1; distance <= PAIR_SPAN; distance += 1) {
      const other = words[index + distance];
      if (other === undefined || other === '.') break;
      add(`${scopes[index]}p${distance >= 2 ? 'k' : ''}:${words[index].slice(0, STEM)} ${other.slice(0, STEM)}`);
    }
  }
  const sorted = [...ids].sort((a, b) => a - b);
  const value = sorted.length === 0 ? 0 : 1 / Math.sqrt(sorted.length);
  return { ids: sorted, values: sorted.map(() => value) };
}

/** Dense weights of one head, built once from the sparse file. */
function densify(head: LinearHead, buckets: number): Float64Array {
  const dense = new Float64Array(buckets);
  for (let index = 0; index < head.indices.length; index += 1) dense[head.indices[index]] = head.weights[index];
  return dense;
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** A loaded model: scores a message with both heads. */
export class CrisisModel {
  readonly thresholds: CrisisModelFile['thresholds'];
  private readonly risk: Float64Array;
  private readonly crisis: Float64Array;

  constructor(private readonly file: CrisisModelFile) {
    this.thresholds = file.thresholds;
    this.risk = densify(file.risk, file.buckets);
    this.crisis = densify(file.crisis, file.buckets);
  }

  /** Probabilities p(risk) and p(crisis) for one message. */
  score(message: string): ModelScores {
    const { ids, values } = featurize(message, this.file.buckets);
    let risk = this.file.risk.bias;
    let crisis = this.file.crisis.bias;
    for (let index = 0; index < ids.length; index += 1) {
      risk += this.risk[ids[index]] * values[index];
      crisis += this.crisis[ids[index]] * values[index];
    }
    return { risk: sigmoid(risk), crisis: sigmoid(crisis) };
  }

  /** The level the model alone would give: NONE, CONCERN or CRISIS. */
  level(message: string): 'NONE' | 'CONCERN' | 'CRISIS' {
    const { risk, crisis } = this.score(message);
    if (risk < this.thresholds.concern) return 'NONE';
    return crisis >= this.thresholds.crisis ? 'CRISIS' : 'CONCERN';
  }
}

let loaded: CrisisModel | null = null;

/** The committed model (src/chat/crisis-model.json), loaded on first use. */
export function crisisModel(): CrisisModel {
  loaded ??= new CrisisModel(model as CrisisModelFile);
  return loaded;
}
