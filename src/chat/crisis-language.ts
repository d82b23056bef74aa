/**
 * Which language a chat message is in, for the crisis reply: a stop-word profile (the most
 * frequent function words of each language) plus letters only one language uses. English wins
 * ties and empty or unclear messages, since the English resources apply by default.
 */
import type { ScreenLanguage } from './crisis';

const STOP_WORDS: Record<ScreenLanguage, readonly string[]> = {
  en: ['will', 'ever', 'get', 'nothing', 'again', 'thinking', 'going', 'really', 'all', 'at', 'on', 'but', 'if', 'a', 'the', 'and', 'i', 'to', 'my', 'is', 'it', 'you', 'of', 'in', 'that', 'was', 'what', 'do', 'did', 'we', 'about', 'this', 'want', 'not', 'be', 'have', 'with', 'for', 'just', 'am', 'so', 'how', 'why', 'when', 'im', 'dont', 'can', 'anymore', 'feel', 'myself', 'kill', 'die'],
  es: ['gracias', 'hasta', 'me', 'de', 'se', 'a', 'la', 'un', 'te', 'el', 'los', 'las', 'que', 'y', 'en', 'mi', 'por', 'con', 'una', 'es', 'estoy', 'quiero', 'lo', 'para', 'muy', 'pero', 'ya', 'mas', 'todo', 'todos', 'sin', 'esta', 'del', 'al', 'yo', 'tengo', 'voy', 'como', 'cuando', 'hay', 'porque', 'nada', 'vivir', 'morir', 'estar', 'soy', 'siento', 'ganas', 'aqui', 'ahora', 'hoy', 'nunca', 'quisiera', 'muerta', 'muerto', 'puedo'],
  fr: ['de', 'la', 'un', 'me', 'se', 'a', 'en', 'je', 'le', 'les', 'des', 'et', 'est', 'pas', 'ne', 'pour', 'dans', 'mon', 'ma', 'mes', 'suis', 'il', 'elle', 'c', 'j', 'avec', 'tout', 'plus', 'veux', 'ce', 'au', 'qui', 'vais', 'ai', 'moi', 'n', 'sur', 'mourir', 'vivre', 'quand', 'nous', 'vous'],
  de: ['ich', 'und', 'nicht', 'die', 'der', 'das', 'ist', 'mich', 'mir', 'ein', 'eine', 'zu', 'mit', 'habe', 'bin', 'will', 'sein', 'auch', 'es', 'auf', 'mein', 'meine', 'wir', 'was', 'mehr', 'den', 'dem', 'von', 'wie', 'wann', 'sterben', 'leben', 'meinen', 'nach', 'kann',
    // Everyday words of spoken and dialect German, so "mei schwester hat gestern tabletten gschluckt, is jetzt im spital" is read as German.
    'jetzt', 'gestern', 'heute', 'schon', 'noch', 'nur', 'aber', 'oder', 'wenn', 'dass', 'sich', 'hab', 'wieder', 'nichts', 'nix', 'einfach', 'weil', 'immer', 'kein', 'keine', 'alles'],
  pt: ['obrigado', 'obrigada', 'ate', 'proxima', 'voce', 'me', 'de', 'que', 'se', 'a', 'o', 'ontem', 'novo', 'te', 'eu', 'nao', 'em', 'um', 'uma', 'com', 'meu', 'minha', 'estou', 'quero', 'os', 'mais', 'muito', 'tudo', 'todos', 'ele', 'ela', 'vou', 'sou', 'tenho', 'isso', 'mim', 'voce', 'na', 'no', 'da', 'do', 'as', 'pra', 'para', 'morrer', 'viver', 'quando', 'porque', 'e', 'queria', 'agora', 'hoje', 'ficar', 'tambem', 'sozinho', 'sozinha', 'mundo', 'nada', 'vida'],
  it: ['grazie', 'settimana', 'prossima', 'a', 'la', 'me', 'se', 'si', 'ci', 'io', 'il', 'di', 'che', 'non', 'un', 'una', 'per', 'con', 'mi', 'sono', 'voglio', 'mio', 'mia', 'ho', 'lo', 'piu', 'tutto', 'tutti', 'ma', 'questo', 'ti', 'del', 'della', 'gli', 'anche', 'come', 'quando', 'perche', 'morire', 'vivere', 'sul', 'nel', 'ce', 'e', 'essere', 'vorrei', 'preferirei', 'oggi', 'adesso', 'sempre', 'niente', 'nessuno', 'morto', 'morta', 'stanco', 'stanca'],
};

const PROFILES = Object.entries(STOP_WORDS).map(([language, words]) => [language as ScreenLanguage, new Set(words)] as const);

// Letters that point at one language: ñ ¿ ¡ (es), ß ä ö ü (de), ã õ (pt), ç (fr or pt), è ò ì ù (it or fr).
const LETTER_HINTS: ReadonlyArray<readonly [RegExp, ScreenLanguage, number]> = [
  [/[ñ¿¡]/, 'es', 2],
  [/[ßäöü]/, 'de', 2],
  [/[ãõ]/, 'pt', 2],
  [/ç/, 'fr', 1],
  [/ç/, 'pt', 1],
  [/[òì]/, 'it', 2],
  [/[èù]/, 'it', 1],
  [/[èùêâî]/, 'fr', 1],
  [/[ê]/, 'pt', 1],
];

const MAX_WORDS = 400;

/** Function-word counts per language (plus letter hints), the detector's evidence. */
export function languageScores(message: string): Map<ScreenLanguage, number> {
  const lower = message.toLowerCase();
  const folded = lower.normalize('NFKD').replace(/\p{M}+/gu, '');
  const words = folded.split(/[^a-z]+/, MAX_WORDS).filter(Boolean);
  const scores = new Map<ScreenLanguage, number>(PROFILES.map(([language]) => [language, 0]));
  for (const word of words) {
    for (const [language, stopWords] of PROFILES) if (stopWords.has(word)) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  const sample = lower.slice(0, 4000);
  for (const [pattern, language, weight] of LETTER_HINTS) if (pattern.test(sample)) scores.set(language, (scores.get(language) ?? 0) + weight);
  return scores;
}

/**
 * The message's language as far as function words tell; 'en' when unsure. `hints` are languages
 * whose crisis lexicon matched the message: each counts as a word and a half, so a short
 * "quisiera estar muerta" is answered in Spanish.
 */
export function detectLanguage(message: string, hints: readonly ScreenLanguage[] = [], scores = languageScores(message)): ScreenLanguage {
  const total = new Map(scores);
  for (const language of new Set(hints)) total.set(language, (total.get(language) ?? 0) + 1.5);
  let best: ScreenLanguage = 'en';
  for (const [language, score] of total) if (score > (total.get(best) ?? 0)) best = language;
  return best;
}

// Foreign stop words that are also everyday English (or common in English text): they say nothing
// about which foreign lexicon a message needs.
const SHARED_WITH_ENGLISH = new Set(['a', 'me', 'no', 'do', 'as', 'in', 'on', 'so', 'die', 'will', 'was', 'e', 'o', 'i', 'an', 'da', 'de', 'la', 'mi', 'ti', 'te', 'se', 'si', 'ci', 'il', 'lo', 'ma', 'na', 'ce', 'con', 'per', 'come', 'den', 'mit', 'es', 'un', 'en', 'au', 'les', 'des', 'mes', 'pas', 'plus', 'tout', 'sein', 'mehr', 'nach', 'kann', 'um', 'sul', 'nel', 'anche', 'vida', 'nada', 'mundo']);

/**
 * The foreign lexicons a message needs: those of languages with a distinctive function word in it,
 * or all of them when the message is not clearly English (fewer than two English function words).
 */
export function lexiconLanguages(message: string): Set<ScreenLanguage> {
  const words = message.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^a-z]+/, MAX_WORDS).filter(Boolean);
  const english = STOP_WORDS.en;
  let englishWords = 0;
  const present = new Set<ScreenLanguage>();
  for (const word of words) {
    // A word both languages use ("a", "do", "me") says nothing about whether the message is English.
    if (SHARED_WITH_ENGLISH.has(word)) continue;
    if (english.includes(word)) englishWords += 1;
    for (const [language, stopWords] of PROFILES) if (language !== 'en' && stopWords.has(word)) present.add(language);
  }
  return englishWords >= 2 ? present : new Set<ScreenLanguage>(['es', 'fr', 'de', 'pt', 'it']);
}
