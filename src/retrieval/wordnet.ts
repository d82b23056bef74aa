import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { STOP_WORDS } from '../text/stop-words';
import { contentStems, tokenize } from '../text/text';

/**
 * Related-word expansion of a question from WordNet 3.0 (Debian `wordnet-base`, plain-text files
 * under /usr/share/wordnet, format in wndb(5)). Only the synonyms (lemmas of the same synset) of
 * the question's content words, from their most frequent senses, single words only: a question
 * about "worried" also finds a passage that says "anxious". Nothing is downloaded; without the
 * files the expander expands nothing (see `loadWordNet`).
 */

/** Where Debian's `wordnet-base` puts the database. */
export const WORDNET_DIR = '/usr/share/wordnet';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** How a question is expanded. */
export interface ExpansionOptions {
  /** Most frequent senses of each word (per part of speech) whose synonyms are added. */
  senses: number;
  /** Words with more senses than this (over all parts of speech) are too vague to expand ("say", "get"). */
  maxSenses: number;
}

export const DEFAULT_EXPANSION: Readonly<ExpansionOptions> = Object.freeze({ senses: 2, maxSenses: 8 });

/** Query terms (stems, as `passageStems` makes them) with a weight each: the question's own at 1, related words lower. */
export interface WeightedTerms {
  terms: string[];
  weights: number[];
}

/** Morphy's detachment rules (wndb(5)/morphy(7)): an inflected form to its base form candidates. */
const SUFFIXES: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** The WordNet database read from disk: the lemma index in memory, synsets read by byte offset on demand. */
export class WordNet {
  private readonly synsetCache = new Map<string, { words: string[]; hypernyms: string[] }>();

  private constructor(
    private readonly dir: string,
    private readonly index: Record<Pos, Map<string, string[]>>,
    private readonly exceptions: Record<Pos, Map<string, string[]>>,
  ) {}

  /** Reads the index and exception files of `dir`; throws when they are not there. */
  static open(dir: string = WORDNET_DIR): WordNet {
    const index = {} as Record<Pos, Map<string, string[]>>;
    const exceptions = {} as Record<Pos, Map<string, string[]>>;
    for (const pos of POS) {
      index[pos] = new Map();
      for (const line of readFileSync(path.join(dir, `index.${pos}`), 'latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
        const fields = line.trim().split(' ');
        const synsetCount = Number(fields[2]);
        index[pos].set(fields[0], fields.slice(fields.length - synsetCount));
      }
      exceptions[pos] = new Map();
      const exc = path.join(dir, `${pos}.exc`);
      if (existsSync(exc)) {
        for (const line of readFileSync(exc, 'latin1').split('\n')) {
          const [form, ...bases] = line.trim().split(' ');
          if (form && bases.length) exceptions[pos].set(form, bases);
        }
      }
    }
    return new WordNet(dir, index, exceptions);
  }

  /** Base forms of `word` that WordNet lists as `pos` (the word itself, an exception, or a detached suffix). */
  baseForms(word: string, pos: Pos): string[] {
    const found = new Set<string>();
    if (this.index[pos].has(word)) found.add(word);
    for (const base of this.exceptions[pos].get(word) ?? []) if (this.index[pos].has(base)) found.add(base);
    for (const [suffix, ending] of SUFFIXES[pos]) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
        const base = word.slice(0, -suffix.length) + ending;
        if (this.index[pos].has(base)) found.add(base);
      }
    }
    return [...found];
  }

  /** How many senses `word` has over all parts of speech (0 when WordNet does not know it). */
  senseCount(word: string): number {
    let count = 0;
    for (const pos of POS) for (const base of this.baseForms(word, pos)) count += this.index[pos].get(base)?.length ?? 0;
    return count;
  }

  /** Single-word synonyms of `word` from its `senses` most frequent senses in each part of speech, lower-cased. */
  synonyms(word: string, senses: number): string[] {
    const out = new Set<string>();
    for (const pos of POS) {
      for (const base of this.baseForms(word, pos)) {
        for (const offset of (this.index[pos].get(base) ?? []).slice(0, senses)) {
          for (const lemma of this.synsetWords(pos, offset)) if (!lemma.includes('_') && lemma !== base && lemma !== word) out.add(lemma);
        }
      }
    }
    return [...out];
  }

  /** Offsets of the noun synsets of `word`'s `senses` most frequent senses (any base form). */
  nounSenses(word: string, senses: number): string[] {
    return this.baseForms(word, 'noun').flatMap((base) => (this.index.noun.get(base) ?? []).slice(0, senses));
  }

  /**
   * Whether `word`, as a noun in one of its `senses` most frequent senses, is a kind of one of the
   * synsets `kinds` (a hypernym or instance-hypernym of it within `depth` steps): "liver" is a kind
   * of "organ", "beer" of "beverage". The word's own synsets do not count.
   */
  isKindOf(word: string, kinds: ReadonlySet<string>, senses = 2, depth = 8): boolean {
    let frontier = this.nounSenses(word, senses);
    const seen = new Set(frontier);
    for (let step = 0; step < depth && frontier.length; step++) {
      const next: string[] = [];
      for (const offset of frontier) {
        for (const up of this.synset('noun', offset).hypernyms) {
          if (kinds.has(up)) return true;
          if (!seen.has(up)) {
            seen.add(up);
            next.push(up);
          }
        }
      }
      frontier = next;
    }
    return false;
  }

  /** The words of the synset at `offset` of data.`pos` (lemma markers such as "(a)" removed). */
  private synsetWords(pos: Pos, offset: string): string[] {
    return this.synset(pos, offset).words;
  }

  /** The synset at `offset` of data.`pos`: its words and its hypernyms' offsets (same part of speech). */
  private synset(pos: Pos, offset: string): { words: string[]; hypernyms: string[] } {
    const key = `${pos}:${offset}`;
    const cached = this.synsetCache.get(key);
    if (cached) return cached;
    const fd = openSync(path.join(this.dir, `data.${pos}`), 'r');
    let line = '';
    try {
      const buffer = Buffer.alloc(16384);
      const read = readSync(fd, buffer, 0, buffer.length, Number(offset));
      line = buffer.toString('latin1', 0, read).split('\n')[0];
    } finally {
      closeSync(fd);
    }
    // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt [ptr_symbol synset_offset pos source/target…] …
    const fields = line.split(' ');
    const count = parseInt(fields[3], 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    const pointerAt = 4 + 2 * count;
    const pointers = Number(fields[pointerAt]);
    const hypernyms: string[] = [];
    for (let i = 0; i < pointers; i++) {
      const [symbol, target, targetPos] = fields.slice(pointerAt + 1 + 4 * i, pointerAt + 4 + 4 * i);
      if ((symbol === '@' || symbol === '@i') && targetPos === pos.charAt(0)) hypernyms.push(target);
    }
    const entry = { words, hypernyms };
    this.synsetCache.set(key, entry);
    return entry;
  }
}

/**
 * The question's stems at weight 1 and the stems of its content words' WordNet synonyms at
 * `weight` (each only once, never one the question already has). With no WordNet, or weight 0,
 * only the question's own stems.
 */
export function expandQuery(question: string, wordnet: WordNet | null, weight: number, options: ExpansionOptions = DEFAULT_EXPANSION): WeightedTerms {
  const own = [...new Set(contentStems(question))];
  const terms = [...own];
  const weights = own.map(() => 1);
  if (!wordnet || weight <= 0) return { terms, weights };
  const seen = new Set(own);
  for (const word of new Set(tokenize(question))) {
    if (STOP_WORDS.has(word) || word.length < 3 || /\d/.test(word)) continue;
    if (wordnet.senseCount(word) > options.maxSenses) continue;
    for (const synonym of wordnet.synonyms(word, options.senses)) {
      for (const s of contentStems(synonym)) {
        if (seen.has(s)) continue;
        seen.add(s);
        terms.push(s);
        weights.push(weight);
      }
    }
  }
  return { terms, weights };
}

let shared: WordNet | null | undefined;

/**
 * The WordNet of this machine, read once per process; null (and one warning through `warn`) when
 * `wordnet-base` is not installed, so retrieval runs on the question's own words only.
 */
export function loadWordNet(warn: (message: string) => void = () => {}, dir: string = WORDNET_DIR): WordNet | null {
  if (shared !== undefined) return shared;
  try {
    shared = WordNet.open(dir);
  } catch {
    shared = null;
    warn(`WordNet not found in ${dir} (Debian package wordnet-base): questions are searched without related words`);
  }
  return shared;
}
