/**
 * A few core crisis phrases in Dutch, Polish, Turkish and Russian (Cyrillic and the usual Latin
 * transliteration), so a message in one of them degrades to the crisis reply with international
 * resources instead of silence. This is deliberately small: only first-person, unambiguous
 * statements of wanting to die, kill oneself or not live (CRISIS) and the bare word for suicide
 * (CONCERN); negated forms are excluded where the negation is a separate word ("nie chcę umrzeć",
 * "не хочу умереть"). It is not the full screen of the six main languages.
 */
import type { RiskLevel } from './crisis';

/** Languages with core phrases only. */
export type CoreLanguage = 'nl' | 'pl' | 'tr' | 'ru';

/** A finding of this screen. */
export interface CoreHit {
  language: CoreLanguage;
  level: Exclude<RiskLevel, 'NONE'>;
}

type Phrase = readonly [CoreLanguage, Exclude<RiskLevel, 'NONE'>, RegExp];

// Latin text is folded (no accents; Polish ł and Turkish ı written l and i); Cyrillic is matched as is.
const PHRASES: readonly Phrase[] = [
  ['nl', 'CRISIS', /\bik wil (?:echt |gewoon |zo graag |liever )?dood(?: gaan| zijn)?\b|\bik wil niet meer (?:leven|verder)\b|\bik (?:wil|ga) (?:mezelf|me) (?:van kant maken|ombrengen|doden|van het leven beroven|ophangen)\b|\bik pleeg zelfmoord\b|\bzelfmoord (?:plegen|gedachten)\b|\bzelfmoordgedachten\b|\been einde aan mijn leven\b|\bik maak er een einde aan\b/],
  ['nl', 'CONCERN', /\bzelfmoord\b(?! ?preventie)|\bik wil er niet meer zijn\b/],
  ['pl', 'CRISIS', /(?<!\bnie )\bchce (?:juz |po prostu )?(?:umrzec|sie zabic)\b|\bzabije sie\b|\bnie chce (?:juz )?zyc\b|\bmysle o (?:samobojstwie|smierci)\b|\bodebrac sobie zycie\b|\bskoncze ze soba\b|\bpopelnie samobojstwo\b|\bpowiesze sie\b/],
  ['pl', 'CONCERN', /\bsamobojstw[a-z]*\b/],
  ['tr', 'CRISIS', /\bolmek istiyorum\b|\bkendimi oldur(?:mek istiyorum|ecegim|eyim)\b|\bintihar (?:etmek istiyorum|edecegim|etmeyi dusunuyorum)\b|\b(?:artik )?yasamak istemiyorum\b|\bcanima kiyacagim\b/],
  ['tr', 'CONCERN', /\bintihar\b/],
  ['ru', 'CRISIS', /(?<![\p{L}])(?<!не )хочу (?:умереть|сдохнуть|покончить с собой)|(?<![\p{L}])(?:покончу с собой|убью себя|убить себя|не хочу (?:больше )?жить|думаю о (?:самоубийстве|суициде))/u],
  ['ru', 'CRISIS', /(?<!\bne )\b(?:ya )?hochu (?:umeret|sdohnut|pokonchit s soboi)\b|\bpokonchu s soboi\b|\bpokonchit s soboj\b|\bub(?:yu|ju) sebya\b|\bne hochu (?:bolshe )?zhit\b/],
  ['ru', 'CONCERN', /(?<![\p{L}])(?:суицид|самоубийств)|\b(?:suitsid|samoubiistv|samoubijstv)[a-z]*\b/u],
];

/** The message in the form the phrases are written for. */
function fold(message: string): string {
  return message
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/** Core phrases of the other languages found in a message. */
export function screenOtherLanguages(message: string): CoreHit[] {
  const text = fold(message);
  return PHRASES.filter(([, , regex]) => regex.test(text)).map(([language, level]) => ({ language, level }));
}
