/**
 * How people type, for the crisis screen: symbols for letters ("k!ll", "su*cide"), letters spaced
 * out ("d i e"), words split or joined ("kill my self", "killmyself") and misspellings
 * ("sucide", "suicde", "comit"), corrected by Damerau-Levenshtein distance against the crisis
 * lexicon rather than by a list of typos.
 *
 * The guard keeps ordinary words out: only tokens that are not themselves words we know
 * (COMMON_NEAR lists the real English words within reach of the lexicon, e.g. "kilt", "comet",
 * "overdone"), of at least four letters, with the same first letter as the lexicon word, at
 * distance 1 (2 from nine letters up). Everything here is linear in the message length.
 */

/** Lexicon words a misspelling is pulled towards, per language (accent-free, lower case). */
const LEXICON: Record<string, readonly string[]> = {
  en: ['suicide', 'suicidal', 'kill', 'killing', 'myself', 'commit', 'overdose', 'overdosing', 'unalive', 'hanging', 'wrists'],
  es: ['suicidio', 'suicidar', 'suicidarme', 'morirme', 'matarme', 'muerta', 'muerto', 'pastillas', 'cortarme'],
  fr: ['suicide', 'suicider', 'mourir', 'suicidaire', 'envie', 'disparaitre'],
  de: ['selbstmord', 'umbringen', 'umzubringen', 'sterben', 'suizid', 'tabletten', 'ritzen', 'moechte'],
  pt: ['suicidio', 'suicidar', 'morrer', 'matar', 'remedios', 'pensando'],
  it: ['suicidio', 'suicidare', 'morire', 'uccidermi', 'ammazzarmi', 'ammazzo'],
};
// Four-letter targets other than "kill" would pull in too many real words ("tier" for "tuer").
const ALL_TARGETS = [...new Set(Object.values(LEXICON).flat())].filter((word) => word.length >= 5 || word === 'kill');
const TARGET_SET = new Set(Object.values(LEXICON).flat());

/** Real words within reach of the lexicon: never "corrected". */
const COMMON_NEAR = new Set([
  'kiln', 'kilt', 'kilo', 'kills', 'kilns', 'kilts', 'kits', 'skill', 'kiss', 'till', 'hill', 'mill', 'pill', 'will', 'bill', 'fill', 'sill', 'gill',
  'comet', 'commits', 'committed', 'comic', 'summit', 'overdone', 'overdue', 'overdoes', 'overdoing', 'overhanging', 'hanging', 'banging', 'ranging', 'handing', 'hinging',
  'suicides', 'myselfe', 'pillow', 'pills', 'spills', 'mister', 'wrist', 'writs', 'killer', 'killed', 'kilter', 'quiet', 'quite', 'quieto',
  'morir', 'morire', 'morre', 'morro', 'mori', 'murir', 'mouvoir', 'matter', 'matte', 'mater', 'matare', 'tuer', 'tuez', 'tues', 'envie', 'envies',
  'sterne', 'stern', 'starben', 'sterbe', 'ritter', 'moechten', 'pensado', 'pensamos', 'pensava', 'pensiero', 'muerte', 'muertos', 'muertas',
  'ammazza', 'ammazzi', 'ammazzare', 'muero', 'muera', 'mueras', 'muere', 'morreu', 'morreram', 'morremos', 'mourait', 'mourais', 'matara', 'matamos', 'remedio', 'suicida', 'suicidas', 'suicidio', 'suicidios',
  // Other persons' forms, which must stay someone else's: "se quiere matar", "vuole uccidersi".
  'matarse', 'matarte', 'matarlo', 'matarla', 'suicidarse', 'suicidarte', 'morirse', 'morirte', 'cortarse', 'cortarte',
  'uccidersi', 'ucciderti', 'ucciderlo', 'ucciderla', 'ammazzarsi', 'ammazzarti', 'suicidarsi', 'suicidarti', 'suicidera', 'suicidez',
]);

/** Common misspellings cannot be listed, but a few texting spellings are words of their own. */
const SPELLINGS: Record<string, string> = {
  kil: 'kill', kiero: 'quiero', qiero: 'quiero', kero: 'quiero', qero: 'quiero', kiere: 'quiere', jveux: 'je veux', jveu: 'je veux', jsuis: 'je suis', nich: 'nicht', qro: 'quero', comitt: 'commit', commiting: 'committing', comitting: 'committing', qria: 'queria', qeria: 'queria', xq: 'porque', pq: 'porque', umbrigen: 'umbringen', medocs: 'medicaments', medoc: 'medicament', q: 'que', jsui: 'je suis', chuis: 'je suis', jvais: 'je vais', jpense: 'je pense', vojo: 'voglio',
  // Chat abbreviations of function words: Italian "nn" (non), Portuguese "qnd" (quando).
  nn: 'non', qnd: 'quando',
};

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

// Corrections already worked out: chat repeats the same few thousand words. Bounded, so memory stays flat.
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** The lexicon word a token is a misspelling of, or the token itself. */
export function correctSpelling(token: string): string {
  const known = MEMO.get(token);
  if (known !== undefined) return known;
  const corrected = correctUncached(token);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(token, corrected);
  return corrected;
}

function correctUncached(token: string): string {
  if (SPELLINGS[token] !== undefined) return SPELLINGS[token];
  if (token.length < 4 || token.length > 16 || TARGET_SET.has(token) || COMMON_NEAR.has(token) || !/^[a-z]+$/.test(token)) return token;
  for (const target of ALL_TARGETS) {
    if (target[0] !== token[0]) continue;
    const allowed = Math.min(token.length, target.length) >= 9 ? 2 : 1;
    if (target.length < 5 && token.length !== target.length - 1 && token.length !== target.length) continue;
    // An inflection of the word is already right ("overdosed", "kills", "suicides").
    if (token.startsWith(target) || (target.startsWith(token) && target.length - token.length <= 2)) return token;
    // A different clitic is a different person ("matarse" is not "matarme").
    if (/(?:se|si|te|ti|lo|la)$/.test(token) && /(?:me|mi)$/.test(target)) continue;
    if (editDistance(token, target, allowed) <= allowed) return target;
  }
  return token;
}

// Verbs that are written joined to a reflexive: "killmyself", "kilmyself", "hurtmyself".
const JOINED = /^(kill|kil|hurt|cut|harm|burn|end|off|unalive|hang|stab|shoot|starve)(myself|meself|mysefl|urself|yourself|herself|himself|mylife)$/;
const SPACED_WORDS = new Set(['die', 'suicide', 'kill', 'kms', 'kys', 'cut', 'dead', 'morir', 'mourir', 'sterben', 'morrer', 'morire', 'suicidio']);

/**
 * Undoes the typing habits that break words before the sentence is split: symbols inside words
 * ("k!ll", "su*cide", "k|ll"), letters spaced out ("d i e"), and joined words ("killmyself").
 * Works on lower-cased text; "!" between letters would otherwise end a sentence.
 */
export function repairTyping(lower: string): string {
  return lower
    .replace(/(?<=[a-z])[!|*1](?=[a-z])/g, 'i')
    .replace(/(?<![a-z0-9])\$(?=[a-z]{3})/g, 's')
    .replace(/\b(?:[a-z] ){2,8}[a-z]\b/g, (run) => {
      const joined = run.replace(/ /g, '');
      return SPACED_WORDS.has(joined) ? joined : run;
    })
    .replace(/[a-z]{7,}/g, (word) => {
      const match = JOINED.exec(word);
      return match ? `${match[1]} ${match[2] === 'mylife' ? 'my life' : match[2]}` : word;
    })
    .replace(/\b(kill|kil|hurt|cut|harm|burn|end|off|unalive|hang|stab|starve|injure|hate) my self\b/g, '$1 myself')
    .replace(/\bwant too\b/g, 'want to')
    // "i will dye tonight": "dye" after a drive with no colour, cloth or hair after it is "die".
    .replace(/\b(i will|i'll|ill|i wanna|want to|wanna|going to|gonna|ready to|i just want to|i am going to) dye\b(?! (?:my|her|his|the|it|your|our|their|them|this|that|these|those|a|an|some|all|every|hair|clothes|fabric|shirts?|eggs|jeans|yarn|wool|beard|roots|tips|ends|[a-z]+ (?:hair|red|blue|black|blonde|brown|pink|purple|green|orange|silver)))/g, '$1 die');
}
