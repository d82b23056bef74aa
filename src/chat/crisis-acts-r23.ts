/**
 * English families of the r23 session: how US, UK, Australian, Indian and older speakers say a plan
 * without a word for dying, each with the benign reading kept out by the context that makes it one.
 * - means bought and pointed at coyly ("bought a hose today. you know what for"), means "sorted"
 *   next to not needing future sessions;
 * - preparation: care instructions left for plants or pets next to "it's time"; most of one's things
 *   given away (not when moving, decluttering or downsizing);
 * - timing: a holiday named as one's last ("this Christmas will be my last one"), "I'll do it … while
 *   the kids are at school / when things are quiet" with no chore the "it" could stand for;
 * - euphemistic exits with a sign-off ("time to catch the bus. it's been real"); joining the dead ("joining grandma in heaven tonight");
 * - CONCERN: no light at the end of the tunnel; unbearable pain inside one's own head, emotional agony.
 * Read by crisis.ts like the other English act families (negation, subject, time frame).
 */
import { rule, type CrisisPattern } from './crisis-patterns';

function sign(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, extra);
}

function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, { level: 'CONCERN', ...extra });
}

// Means that are bought for ordinary use too: only a coy pointer to their purpose makes them a plan.
const MEANS_BOUGHT = '(?:hose|hosepipe|hose pipe|tubing|rope|cord|charcoal|duct tape|tape|helium|razor blades|blades|pills|tablets|sleeping pills|rat poison|weedkiller|bleach)';
const COY_PURPOSE = /\b(?:you (?:know|can guess|will know) (?:what (?:for|it is for)|why|what i am (?:doing|planning)|what i mean)|guess what (?:for|it is for)|(?:and )?not for the (?:garden|car|plants|pool|shed)|for the obvious reason)\b/;
// Future sessions not needed, said next to the means ready.
const NO_FUTURE_SESSIONS = /\b(?:will not|do not think i will|probably will not|likely will not) (?:be )?need(?:ing)? (?:(?:them|it|you)(?= \.| ,|$| anyway| honestly| after (?:this|that|today))|any more sessions|more sessions|the sessions|sessions|appointments|the appointments|therapy)\b|\bwill not be (?:here|around) (?:for|by|in) (?:them|it|january|february|march|april|may|june|july|august|september|october|november|december|the new year|next)\b/;
const MEANS_READY = '(?:pills|tablets|meds|rope|gun|stash|supply)';
// A trip, a sitter or a hospital stay explains instructions for the plants or the cat.
const AWAY = /\b(?:holiday|holidays|vacation|trip|travel[a-z]*|flight|fly|flying|away for|sitter|pet sitter|neighbou?rs?|hospital stay|surgery|conference|camp|festival|weekend away|visit[a-z]*)\b/;
// Moving, decluttering or downsizing explains giving things away.
const CLEARING_OUT =
  /\b(?:moving|move|moved|downsiz[a-z]*|declutter[a-z]*|minimalis[a-z]*|spring clean[a-z]*|kondo|emigrat[a-z]*|relocat[a-z]*|outgr[eo]wn?|(?:does|do|did) not fit|care home|retirement (?:home|village|flat)|nursing home|sheltered housing|new (?:flat|house|place|apartment)|smaller (?:flat|place|house|apartment)|no room|no space|estate sale)\b/;
// A last holiday foretold by an illness, or the last one in a place or role, is not a plan.
const LAST_FOR_A_REASON =
  /\b(?:cancer|terminal|oncolog[a-z]*|diagnos[a-z]*|hospice|palliative|months to live|prognosis|doctors? (?:say|said|says|think)|as a (?:student|single|kid|child)|in (?:this|the) (?:house|flat|country|job|city|town)|here in|before (?:we|i) (?:move|leave|emigrate|retire|go)|retir[a-z]*|moving|abroad|visa|contract|semester|last one at|last one in|last one with)\b/;
// A chore or errand in the message is what "I'll do it" stands for.
const STATED_TASK =
  /\b(?:need to|have to|got to|gotta|must|should|meant to|supposed to|remind me to|laundry|washing|dishes|shopping|groceries|homework|cleaning|ironing|hoover[a-z]*|vacuum[a-z]*|paint[a-z]*|paperwork|taxes|tax return|forms?|call (?:the|my|her|him)|email|appointment|workout|exercises?|revision|study|meditat[a-z]*|errands?|chores?|worksheet|journal[a-z]*|assignment|garden[a-z]*|mow[a-z]*|cook[a-z]*|bak[a-z]*|bank|booking|book (?:it|the)|the form|the report|the survey|the quiz|the reading|the puzzle|haircut|run|reports?|presentation|slides|spreadsheet|invoices?|quarterly|i mean)\b/;
const COVER = '(?:the kids|the children|my [a-z]+|everyone|everybody|they|things|nobody|no one|the house|he|she|the family|the flat)';
// Sign-offs that make a euphemistic exit a farewell.
const SIGN_OFF = /\b(?:(?:it|this) (?:has|is|s|was) been (?:real|fun|a ride|nice)|been real|nice knowing (?:you|y all|everyone|ya)|was nice knowing|see (?:you|ya|y all) on the other side|love you all|take care of (?:my|yourselves|mum|mom|dad)|tell (?:my|mum|mom|dad|them|everyone) i)\b/;
const ORDINARY_EXIT = /\b(?:see (?:you|ya|y all) (?:tomorrow|later|soon|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at|in|after)|home|to work|to school|to class|shift|gym|to the (?:airport|city|station|beach)|back (?:tomorrow|later|soon|on))\b/;

// The dead one might be joined.
const KIN = '(?:grandma|grandpa|gran|granny|nan|nana|nanna|grandad|granddad|grandmother|grandfather|mum|mom|dad|mother|father|brother|sister|son|daughter|wife|husband|baby|best friend|him|her|them)';
// A tunnel that is a project's, not one's life.
const TUNNEL_OF_A_TASK = /^ (?:for|with|on) (?:the|this|our|my) (?:project|renovation|thesis|build|case|deal|job|work|season)\b/;

/** Means bought or ready, pointed at coyly or next to not needing the next sessions. */
const MEANS_POINTED: CrisisPattern[] = [
  sign(`(?:bought|buying|got|picked up|ordered|grabbed|purchased) (?:a |an |some |the |myself a |myself some |a long |a length of )?(?:[a-z]+ )?${MEANS_BOUGHT}`, { speaker: 'PATIENT', onlyWith: COY_PURPOSE }),
  sign(`(?:got|have got|have|sorted|sorted out) (?:the|my|enough) ${MEANS_READY} (?:sorted|sorted out|ready|lined up|saved up|stashed|together)|(?:the|my) ${MEANS_READY} (?:are|is) (?:sorted|ready|lined up)`, { speaker: 'PATIENT', onlyWith: NO_FUTURE_SESSIONS }),
];

/** Preparation: care instructions left with "it's time"; most of one's things given away; contracts cancelled as not needed. */
const PREPARED: CrisisPattern[] = [
  sign('(?:cancelled|canceled|cancelling|canceling|cancel|ended|closed|stopped) (?:my |all my |the |all the )?(?:phone (?:contract|plan)|mobile (?:contract|plan)|contracts?|subscriptions?|gym(?: membership)?|memberships?|lease|insurance|life insurance|direct debits?|bank accounts?|accounts|standing orders?)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:will not|probably will not) (?:be )?need(?:ing)? (?:them|it|any of (?:it|them))(?! (?:since|because|as) i (?:never|do not|hardly|rarely))|no longer need (?:them|it) (?:after|where)|(?:where|now that) i am going|after i am gone|will not be (?:here|around)\b/,
    unlessWith: /\b(?:moving|move|moved|switch[a-z]*|cheaper|expensive|afford|abroad|new (?:provider|plan|job|deal)|better deal|money|budget|broke|savings?|never (?:use|used|watch|go)|do not use|overseas|emigrat[a-z]*)\b/,
  }),
  sign('(?:left|leaving|wrote|written|writing|made|typed) (?:out |down |up )?(?:instructions|a list|notes?|a guide|care notes) (?:for|on how to (?:care for|look after|feed|water)) (?:my |the )?(?:plants|cat|cats|dog|dogs|pets?|fish|rabbits?|hamster|birds?|garden)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:it is|its|it s) time\b|\btime to go\b|\bgoodbye\b|\b(?:when|after|once) i am gone\b|\bwhoever (?:finds|comes)\b/,
    unlessWith: AWAY,
  }),
  sign('(?:gave|given|giving|give) away (?:(?:most|nearly all|almost all|half|a lot|loads|lots|the rest) of my (?:things|stuff|possessions|belongings|jewell?ery|books|clothes|records|collection|furniture)|everything i (?:own|have|had))', { speaker: 'PATIENT', unlessWith: CLEARING_OUT }),
];

/** Timing: a holiday as the last one; "I'll do it" with a cover and no chore it could mean. */
const TIMED: CrisisPattern[] = [
  sign('(?:this|next|my next|this year s|this years) (?:christmas|xmas|birthday|easter|thanksgiving|diwali|eid|hanukkah|new year|new years|mothers day|fathers day|anniversary) (?:will be|is going to be|is gonna be|is) my (?:last|final)(?: one)?(?= \\.| ,|$| i | and i)', { speaker: 'PATIENT', unlessWith: LAST_FOR_A_REASON }),
  sign(`(?:i will|ill|i am going to|i am gonna|gonna|going to|reckon i will|i think i will|i plan to|planning to) do it (?:[a-z]+ ){0,4}(?:while|when|once|after) ${COVER} (?:are|is|get|gets|go|goes|have|has|am)(?: [a-z]+){0,2}? (?:at school|at work|out|away|asleep|quiet|empty|gone|to bed|to sleep|on holiday|left|back at school)`, {
    speaker: 'PATIENT',
    unlessWith: STATED_TASK,
    // "when things are quiet at work": a workplace's lull, a time for work.
    unlessAfter: /^ (?:at|in|on) (?:work|the office|the shop|the store|the ward|school|uni)\b/,
  }),
];

/** A euphemistic exit with a farewell sign-off. */
const EXIT_SIGNED_OFF: CrisisPattern[] = [
  sign('(?:(?:time to|about to|gonna|going to|ready to|off to|i will|i am) )?(?:catch|catching) the (?:bus|last bus|train|last train|ferry|big sleep)|(?:time to|about to|gonna|going to|ready to|off to|i will) (?:check out(?: early)?|clock out|log off|sign off|bow out|take the exit)', {
    speaker: 'PATIENT',
    onlyWith: SIGN_OFF,
    unlessWith: ORDINARY_EXIT,
  }),
];

/** Joining the dead: "joining grandma in heaven tonight", "be with my dad soon, I've got it planned". */
const JOINING_THE_DEAD: CrisisPattern[] = [
  sign(`(?:join|joining|be with|be reunited with|reunite with|see|go see|meet|going to) (?:my |our )?${KIN} (?:[a-z]+ )?(?:in heaven|up there|on the other side|in the sky|in the afterlife|beyond the grave)`, {
    speaker: 'PATIENT',
    unlessAfter: /^ (?:one day|someday|some day|when my time comes|eventually|when i am old|in the end)\b/,
  }),
  sign(`(?:join|joining|be with|be reunited with|go see|going to see) (?:my |our )?${KIN} (?:very )?soon`, {
    speaker: 'PATIENT',
    onlyWith: /\b(?:i know how|(?:got|have) it (?:all )?planned|it is planned|have a plan|planned it|not coming back|will not be coming back|goodbye|ready to go|pills|rope)\b/,
    unlessWith: /\b(?:visit[a-z]*|flight|fly|train|bus|drive|driving|dinner|lunch|tea|christmas|birthday|holiday|weekend|hospital|care home|nursing home|ward|reunion|party)\b/,
  }),
];

/** Indian English "finish myself"; an old age "good innings" with "time to go" (CONCERN). */
const SAID_PLAINLY: CrisisPattern[] = [
  sign('(?:finish|finishing|finished) (?:myself|my self|my life)', { unlessAfter: /^ (?:off (?:the|a|my|with)|a |an |some |the )/ }),
  concern('(?:time to|ready to) go(?= \\.| ,|$| now)|(?:i am )?ready for the end', { onlyWith: /\b(?:(?:had|have had) (?:a |my )?(?:good|long|full) (?:innings|run|life)|lived (?:long )?enough)\b/ }),
];

/** CONCERN: no light ahead; unbearable pain inside one's head; emotional agony. */
const PAIN_AND_DARK: CrisisPattern[] = [
  concern('(?:there is no|no|never any) light at the end of (?:the|this|my) tunnel|there is not even a tunnel', { unlessAfter: TUNNEL_OF_A_TASK }),
  // "I can't see any light at the end of the tunnel": seeing it is hope, so it counts only denied (LIFE).
  rule('SUICIDE', 'LIFE', '(?:see|find) (?:any |the |a )?(?:light|glimmer of light) at the end of (?:the|this|my) tunnel', { level: 'CONCERN', unlessAfter: TUNNEL_OF_A_TASK }),
  concern('can not (?:stand|bear|take|handle|cope|cope with|deal with) (?:being )?(?:in )?(?:my (?:own )?(?:head|mind|skin|thoughts)|myself|being me|being alive|living like this)(?= \\.| ,|$| anymore| any longer| it is| its| and)'),
  concern('(?:emotionally|mentally|inside|on the inside|in my head) (?:i am|i feel|i have been) (?:[a-z]+ )?(?:in )?(?:agony|torment|anguish|constant pain|so much pain|hell)|i am in (?:emotional|mental) (?:agony|torment|anguish|hell)'),
];

export const R23_ACT_PATTERNS: readonly CrisisPattern[] = [...MEANS_POINTED, ...PREPARED, ...TIMED, ...EXIT_SIGNED_OFF, ...JOINING_THE_DEAD, ...SAID_PLAINLY, ...PAIN_AND_DARK];
