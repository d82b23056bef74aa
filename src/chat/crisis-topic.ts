import type { CrisisAssessment } from './crisis';
import { foldText } from './crisis-foreign';

// Suicide as a subject of study, in six languages: prevention, rates, scales, a thesis or class work.
// r27: not French "j ai rate mes partiels" (a failed exam, "raté" folded to "rate").
const TOPIC =
  /\b(?:prevention|prevencion|prevenzione|prevencao|praevention|pravention|rates|rate(?! (?:mes|mon|ma|ses|son|sa|le|la|les|l|un|une|notre|leur|leurs|deux|ce|cette|ton|ta|tes|et|pour|de|d|encore|tout|mais)\b| \.| ,|$)|taux|tasas?|tass[oi]|taxas?|trabajo sobre|stats|statisti[a-z]*|estadisticas|dados|datos|dati|donnees|scale|escala|scala|echelle|screener|thesis|tesis|(?:ma|une|sa|mon) these|tesi|essay|presentation|expose|referat|hausarbeit|ricerca|trabalho sobre|research|psych class|memoire|tfe|monografia|tcc|bachelorarbeit|masterarbeit|facharbeit|tesina|songtext|liedtext|lyrics|songs? (?:is |was )?about|rotation|nursing student|for my class|dissertation|awareness (?:module|training|course|week|month)|(?:training|module|workshop|webinar) (?:on|about)|risk assessment|per la scuola|para la escuela|pour l ecole|setembro amarelo)\b/;
// The patient's own voice, which a topic never overrides.
const OWN_VOICE =
  /\b(?:myself|i (?:want|wanna|will|am going|keep|have been|feel|can not)|my life|me (?:quiero|voy|mato|siento)|quiero morir|je veux|je vais me|me tuer|ich will|mich (?:umbringen|toten)|quero morrer|me matar|voglio morire|uccidermi|ammazzarmi)\b/;

// fa-en: someone's written piece (an essay, a poem) taken as real ("it doesn't read like fiction"): a report, not a topic.
// r29c: or brought by the adult who read it ("… she plans to die before summer. I'm her teacher, how do I handle this").
const REAL_PIECE =
  /\b(?:wrote|written|writes|handed in|turned in|submitted|posted|shared)\b[a-z ,]{0,100}\b(?:(?:does|did|do) ?n ?o?t (?:read|sound|feel|seem|look) like (?:fiction|a story|a joke|creative writing|an assignment|homework|made up)|not (?:just )?fiction|(?:reads|sounds|feels|seems) (?:real|personal|like (?:a cry for help|a confession|a goodbye|a note))|cry for help|i (?:a)?m (?:really )?(?:worried|scared|concerned)|worries me|scares me)\b|\b(?:wrote|written|writes)\b[^?]{0,160}\bhow (?:do|should|can) i (?:handle|respond to|approach|deal with) (?:this|it|her|him|them)\b/;

// A quotation: double quotes, guillemets, or single quotes opened after a space (not an apostrophe inside a word).
const QUOTED = /["\u201C\u00AB][^"\u201D\u00BB]{1,200}["\u201D\u00BB]|(?<=^|\s)['\u2018][^'\u2019]{1,200}['\u2019](?=\s|[,.!?]|$)/g;

/** A question about suicide as a subject (class work, statistics, a scale) is not the patient's risk (rules and model alike). */
export function asTopic(verdict: CrisisAssessment, raw: string): CrisisAssessment {
  if (verdict.level === 'NONE') return verdict;
  const folded = foldText(raw);
  // Quoted words (a lyric, a title) are not the patient's own voice.
  if (!TOPIC.test(folded) || REAL_PIECE.test(folded) || OWN_VOICE.test(foldText(raw.replace(QUOTED, ' ')))) return verdict;
  return { ...verdict, level: 'NONE', isCrisis: false, categories: [], concernForOthers: false };
}
