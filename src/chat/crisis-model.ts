/**
 * A learned second layer for the crisis screen (issue 16): a small linear text classifier that
 * reads meaning the phrase rules do not spell out. It can only RAISE the rules' level (crisis.ts).
 *
 * Features come from the screen's own folding (crisis-foreign.ts `foldText`: case, accents,
 * symbols and digits for letters, split or joined words, misspellings of the lexicon): hashed
 * character n-grams of 3 to 5 characters inside each space-padded word (word-boundary aware)
 * plus word unigrams and bigrams, 5-character word stems and stem pairs up to three words apart
 * (language-independent, so "giving away my" and "give it all away" share features), binary;
 * words in a negator's clause ("not", "never", "nunca", "nicht", …) get features of their own, so
 * "I'm not suicidal" is not "suicidal". On top, concept features (crisis-concepts.ts): each word's
 * classes of meaning in a six-language lexicon (crisis-concept-lexicon.ts: SELF, DIE, PILLS, READY,
 * SOON, FAREWELL, GIVE, MEDIA, DOSING, NEG … ~70 classes), a negated class, ordered class pairs up
 * to six words apart and class pairs anywhere in the message, each valued like an n-gram, the
 * whole vector L2-normalised: "the pills are ready tonight" and "las pastillas listas esta noche"
 * share PILLS>READY and PILLS+SOON, so English rows teach the German weights too (measured with
 * tests/unit/crisis-table/lobo.ts, README "The crisis screen, measured"). Three logistic outputs share them:
 * `risk` (CONCERN or CRISIS vs NONE), `crisis` (CRISIS vs the rest) and `others` (among risk
 * messages, a report about someone else vs the patient's own risk).
 *
 * The weights live in crisis-model.json, written by tests/unit/crisis-table/train.ts from the TUNE
 * rows of the crisis table plus the eval questions as benign; thresholds were chosen there on
 * out-of-fold scores (tests/unit/crisis-table/thresholds.ts). Pure, synchronous, no network; a few microseconds per
 * short message. It never logs.
 */
import model from './crisis-model.json';
import { foldText } from './crisis-foreign';
import { addConceptFeatures } from './crisis-concepts';

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
  /** crisisOnConcern: p(crisis) at which a CONCERN the rules found (the patient's own) becomes CRISIS. */
  thresholds: { concern: number; crisis: number; others?: number; crisisOnConcern?: number };
  risk: LinearHead;
  crisis: LinearHead;
  /** Reported speech about someone else (a CONCERN-for-others row) vs the patient's own risk, among risk rows. */
  others?: LinearHead;
  /** Leave-one-batch-out figures printed by train.ts, kept for the record. */
  cv: Record<string, number>;
}

/**
 * One logistic head: a weight per bucket, quantised to 16 bits (weight = int16 × scale) and stored as
 * base64 of the little-endian Int16Array, so three heads over 2^18 buckets stay near 2 MB of JSON.
 */
export interface LinearHead {
  bias: number;
  scale: number;
  weights16: string;
}

/** Quantises dense weights into a head (train.ts); the model scores with exactly what this keeps. */
export function quantiseHead(bias: number, weights: Float64Array): LinearHead {
  const largest = weights.reduce((max, weight) => Math.max(max, Math.abs(weight)), 0);
  const scale = largest === 0 ? 1 : largest / 32767;
  const quantised = Int16Array.from(weights, (weight) => Math.round(weight / scale));
  return { bias: Number(bias.toFixed(4)), scale, weights16: Buffer.from(quantised.buffer).toString('base64') };
}

/** Probabilities of the outputs for one message. */
export interface ModelScores {
  risk: number;
  crisis: number;
  /** p(the risk is someone else's), 0 when the file has no such head. */
  others: number;
}

/** What the model alone reads in a message: a level, and whether the risk it sees is someone else's. */
export interface ModelReading {
  level: 'NONE' | 'CONCERN' | 'CRISIS';
  others: boolean;
  /** p(crisis) reaches crisisOnConcern and the risk is not read as someone else's: a rules CONCERN is CRISIS. */
  crisisOnConcern: boolean;
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
export const FEATURE_VERSION = 3;
/** Words are cut to this many characters for the stem features: a crude stemmer that works the same in six languages. */
const STEM = 5;
/** Stem pairs are taken between words up to this far apart within a sentence ("give … away", "quiero … morir"). */
const PAIR_SPAN = 3;

/** Which feature families featurize emits (train.ts and the measurements compare them; the product uses the defaults). */
export interface FeatureOptions {
  /** Concept features (crisis-concepts.ts) on top of the n-grams. */
  concepts: boolean;
  /** A concept feature's value relative to an n-gram's, before L2 normalisation. */
  conceptWeight: number;
}
export const DEFAULT_FEATURES: FeatureOptions = { concepts: true, conceptWeight: 1 };

/** The message's sparse feature vector: sorted bucket ids and L2-normalised values. */
export function featurize(message: string, buckets = BUCKETS, options: FeatureOptions = DEFAULT_FEATURES): { ids: number[]; values: number[] } {
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
  const weighted = new Map<number, number>([...ids].map((id) => [id, 1]));
  if (options.concepts) addConceptFeatures(words, scopes, (feature) => weighted.set(hash(feature) & mask, options.conceptWeight));
  const sorted = [...weighted.keys()].sort((a, b) => a - b);
  const norm = Math.sqrt(sorted.reduce((sum, id) => sum + weighted.get(id)! ** 2, 0));
  return { ids: sorted, values: sorted.map((id) => weighted.get(id)! / norm) };
}

/** Dense weights of one head, decoded once from the file. */
export function densify(head: LinearHead, buckets: number): Float64Array {
  const bytes = Buffer.from(head.weights16, 'base64');
  const quantised = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  if (quantised.length !== buckets) throw new Error('crisis-model.json: a head does not match the bucket count');
  return Float64Array.from(quantised, (value) => value * head.scale);
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** A loaded model: scores a message with both heads. */
export class CrisisModel {
  readonly thresholds: CrisisModelFile['thresholds'];
  private readonly risk: Float64Array;
  private readonly crisis: Float64Array;
  private readonly others: Float64Array | null;

  constructor(private readonly file: CrisisModelFile) {
    this.thresholds = file.thresholds;
    this.risk = densify(file.risk, file.buckets);
    this.crisis = densify(file.crisis, file.buckets);
    this.others = file.others ? densify(file.others, file.buckets) : null;
  }

  /** Probabilities p(risk) and p(crisis) for one message. */
  score(message: string): ModelScores {
    const { ids, values } = featurize(message, this.file.buckets);
    let risk = this.file.risk.bias;
    let crisis = this.file.crisis.bias;
    let others = this.file.others?.bias ?? 0;
    for (let index = 0; index < ids.length; index += 1) {
      risk += this.risk[ids[index]] * values[index];
      crisis += this.crisis[ids[index]] * values[index];
      if (this.others) others += this.others[ids[index]] * values[index];
    }
    return { risk: sigmoid(risk), crisis: sigmoid(crisis), others: this.others ? sigmoid(others) : 0 };
  }

  /** The level and whose risk it is: a report about someone else is CONCERN at most. */
  read(message: string): ModelReading {
    const scores = this.score(message);
    const others = this.thresholds.others !== undefined && scores.others >= this.thresholds.others;
    const crisisOnConcern = !others && this.thresholds.crisisOnConcern !== undefined && scores.crisis >= this.thresholds.crisisOnConcern;
    if (scores.risk < this.thresholds.concern) return { level: 'NONE', others: false, crisisOnConcern };
    if (others) return { level: 'CONCERN', others: true, crisisOnConcern: false };
    return { level: scores.crisis >= this.thresholds.crisis ? 'CRISIS' : 'CONCERN', others: false, crisisOnConcern };
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
  loaded ??= new CrisisModel(model as unknown as CrisisModelFile);
  return loaded;
}
