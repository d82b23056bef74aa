import { describe, it } from 'vitest';
import { expectOthersRisk, itReadsTwins, type TwinPair } from './crisis-table/twins';

/**
 * The English and German families added in the r23 session (src/chat/crisis-acts-r23.ts,
 * src/chat/crisis-lexicon-r23-de.ts, frames in crisis-benign.ts, person nouns in crisis-grammar.ts),
 * each next to a benign twin that shares its words. Written for these tests, not taken from the
 * crisis table; the rules alone are checked. A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // English: means bought and pointed at coyly; means "sorted" next to not needing the sessions.
  ['picked up some charcoal at the servo. you can guess what for', 'CRISIS', 'picked up some charcoal at the servo for the barbie on sunday', 'NONE'],
  ['my meds are sorted now so I won\'t need the sessions after this', 'CRISIS', 'my meds are sorted now so I won\'t need a new prescription till june', 'NONE'],
  // English: care notes left with "it's time"; most of one's things given away.
  ['wrote out care notes for my dog and tidied everything. it is time', 'CRISIS', 'wrote out care notes for my dog for the pet sitter, it is time for our trip', 'NONE'],
  ['gave away most of my records to my mates this month', 'CRISIS', 'gave away most of my records before moving into the smaller flat', 'NONE'],
  // English: a holiday as the last one; "I'll do it" with a cover and no chore.
  ['my next birthday will be my last.', 'CRISIS', 'my next birthday will be my last one as a student', 'NONE'],
  ['I am going to do it once everyone is asleep', 'CRISIS', 'the laundry is piling up, I am going to do it once everyone is asleep', 'NONE'],
  // English: a euphemistic exit with a sign-off.
  ['about to check out early. it\'s been fun, love you all', 'CRISIS', 'about to check out of the hotel, see you tomorrow at the airport', 'NONE'],
  // English CONCERN: no light ahead; pain inside one's head; emotional agony.
  ['honestly I can\'t see any light at the end of the tunnel', 'CONCERN', 'honestly I can finally see light at the end of the tunnel', 'NONE'],
  ['I cannot bear being in my own mind anymore', 'CONCERN', 'I cannot bear being in the office anymore', 'NONE'],
  ['mentally I am in agony every single day', 'CONCERN', 'my knee has me in agony every single day', 'NONE'],
  // English: abuse by in-laws; someone else's search; a screening question answered no; a pet rehomed for the landlord.
  ['my in-laws hit me whenever my husband travels', 'CRISIS', 'my in-laws visit me whenever my husband travels', 'NONE'],
  ['my daughter has been googling how to kill yourself', 'CONCERN', 'my daughter has been googling how to knit a scarf', 'NONE'],
  ['the nurse asked if I had thought about suicide and truthfully no', 'NONE', 'the nurse asked if I had thought about suicide and truthfully yes', 'CRISIS'],
  ['rehoming my dog because the landlord does not allow pets', 'NONE', 'rehoming my dog, he deserves better than what is coming', 'CRISIS'],
  // English: joining the dead, in heaven or soon with a plan.
  ['going to be reunited with my brother on the other side tonight', 'CRISIS', 'going to be reunited with my brother at the airport tonight', 'NONE'],
  ['I will be with my nan very soon, I have it all planned', 'CRISIS', 'I will be with my nan very soon, the train gets in at six', 'NONE'],
  // German: "den Löffel abgeben" said of oneself, with a time (CRISIS), bare (CONCERN), of hunger or a thing (NONE).
  ['ich werde morgen den löffel abgeben', 'CRISIS', 'ich werde morgen den löffel abgeben vor hunger, die kantine ist zu', 'NONE'],
  ['ich möchte einfach ins gras beißen', 'CONCERN', 'mein alter laptop wird bald ins gras beißen', 'NONE'],
  // German: hit by in-laws now.
  ['mein schwiegervater prügelt mich, wenn keiner da ist', 'CRISIS', 'mein schwiegervater grillt für uns, wenn keiner da ist', 'NONE'],
  // English: contracts cancelled as no longer needed.
  ['closed my bank accounts and the mobile plan, won\'t be needing them', 'CRISIS', 'closed my bank accounts and the mobile plan, won\'t be needing them after the move abroad', 'NONE'],
  // German: no longer being around, said of the future (CONCERN).
  ['nach silvester bin ich nicht mehr da', 'CONCERN', 'nach silvester bin ich nicht mehr da, neuer job in hamburg', 'NONE'],
  // English: "finish myself" (Indian English); an old age "good innings" with "time to go" (CONCERN).
  ['tonight I will finish myself', 'CRISIS', 'tonight I will finish my essay', 'NONE'],
  ['I have had a long innings, ready to go now', 'CONCERN', 'I have had a long innings at the crease, ready to go home now', 'NONE'],
  ['catching the big sleep tonight. nice knowing you', 'CRISIS', 'catching the night bus tonight. nice knowing you were there, see you tomorrow', 'NONE'],
  // German: Bavarian means bought with the pointer; the relapse in chat ellipsis.
  ['i hob ma a seil bsorgt, woasst eh wofia', 'CRISIS', 'i hob ma a seil bsorgt fürs klettern am samstag', 'NONE'],
  ['heute wieder geritzt, sorry', 'CRISIS', 'heute wieder unsere initialen in die bank geritzt', 'NONE'],
  // German: means bought, "du weißt wofür".
  ['hab mir klebeband und grillkohle besorgt. ihr wisst schon wozu', 'CRISIS', 'hab mir klebeband und grillkohle besorgt für die grillparty', 'NONE'],
  // German: "sich etwas antun" with a time word, in dialect.
  ['i dua ma heit nacht wos o', 'CRISIS', 'i dua ma heit nacht wos zum essen bstelln', 'NONE'],
  ['ich tue mir jetzt etwas an', 'CRISIS', 'ich tue mir jetzt etwas gutes und geh baden', 'NONE'],
  // German: dialect "nicht mehr".
  ['i mog nimma lebn', 'CRISIS', 'i mog nimma lebkuchen', 'NONE'],
  ['i cha nümm.', 'CONCERN', 'i cha nümm schlafe wenn d nachbarn feiern', 'NONE'],
  // German CONCERN: thinking about dying; not going on like this; the urge to cut.
  ['ich grübel ständig übers sterben', 'CONCERN', 'ich grübel ständig über das sterben meiner oma nach', 'NONE'],
  ['ich kann einfach nicht mehr weiter.', 'CONCERN', 'ich kann nicht weiter mit dem auto, die straße ist gesperrt', 'NONE'],
  ['der drang zum schneiden ist heute so stark', 'CONCERN', 'der drang zum ritzen ist weg seit der klinik', 'NONE'],
  // German: a blow planned in earnest; things thrown at the family.
  ['dem typen hau ich morgen eins rein, kein witz', 'CRISIS', 'beim boxtraining hau ich morgen in den sack, kein witz', 'NONE'],
  ['meine mutter ist betrunken und wirft mit tellern nach mir', 'CRISIS', 'meine mutter ist beim polterabend und wirft mit tellern auf den boden', 'NONE'],
  // German: someone else's risk reported; a finished past.
  ['meine schwester redet oft davon, vom balkon zu springen', 'CONCERN', 'meine schwester redet oft davon, fallschirm zu springen', 'NONE'],
  ['bin seit 5 monaten clean aber hab mich gestern wieder geritzt', 'CRISIS', 'bin seit 5 jahren clean, hab mich als teenie geritzt', 'NONE'],
];

describe('r23 English and German families and their benign twins (rules alone)', () => {
  itReadsTwins(PAIRS);

  it('reads reported wishes as someone else\'s (CONCERN for others)', () => {
    for (const report of ['mein bruder hat mir gesagt, dass er sterben will', 'my daughter has been googling how to kill yourself', 'meine schwester redet oft davon, vom balkon zu springen']) {
      expectOthersRisk(report);
    }
  });
});
