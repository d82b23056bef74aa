/**
 * CONCERN families of the r28c session (C-SSRS item 1 and 2, 988's hopelessness and trapped signs), each with the
 * context that keeps its everyday reading out:
 * - a passive wish: praying "the Lord takes me", relief or not minding if a bus or a tractor hit one, a nap that
 *   "never ended", half hoping a scan comes back terminal;
 * - hopelessness: no future one can picture, run out of reasons to keep trying, nothing "ever ok again", unable and
 *   unwilling to see past next week;
 * - trapped: can't leave, can't stay, can't breathe;
 * - intrusive pictures of stepping off a platform or swerving on a bridge;
 * - someone else's risk: a sibling's arms covered in cuts, a relative who says she will drink a pesticide, a student's
 *   essay that "doesn't read like fiction", a friend on a bridge sending a selfie from the railing.
 * Exported to crisis-acts-r28.ts.
 */
import { rule, type CrisisPattern } from './crisis-patterns';

function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, { level: 'CONCERN', ...extra });
}

const VEHICLE = '(?:bus|car|truck|lorry|train|tractor|van|ute|taxi|plane|meteor|piano)';

/** A passive wish to die. */
const PASSIVE_R28: CrisisPattern[] = [
  concern('(?:pray|praying|prayed|hope|hoping|wish|wishing|ask|asking) (?:that )?(?:the lord|the good lord|god|jesus|allah|the almighty|he) (?:would |will |could )?(?:just )?(?:takes?|calls?) me(?: home| away| in my sleep| soon| tonight| already)?(?= \\.|$| ,| because| i am| before| so)', {
    unlessWith: /\b(?:safely|safe|through (?:this|it)|protect|guide|gives? me strength|blessing|bless)\b/,
  }),
  concern(`if (?:a|the|some) (?:[a-z]+ )?${VEHICLE} (?:hit|clipped|ran over|ran into|rolled on|rolled over|took out|knocked down|crushed|fell on)(?: [a-z]+){0,2}? me(?: [a-z]+){0,8} i would (?:honestly |actually |genuinely |kind of |secretly |probably )?(?:be relieved|not mind|be fine|be glad|be okay|be ok|welcome it|not care)`),
  concern(`(?:would not|would not really|do not think i would) mind if (?:a|the|some) (?:[a-z]+ )?${VEHICLE} (?:hit|clipped|ran over|rolled on|rolled over|took out|knocked|crushed|fell on) me`),
  concern('(?:would be fine|would not mind|would be okay|would be ok|would be happy|would not care|would be glad) if (?:this|my|the) (?:nap|sleep|night s sleep) (?:just )?(?:never ended|never ends|never finished|lasted forever|went on forever)'),
  concern('(?:kind of|sort of|secretly|half|almost|honestly|quietly) (?:hope|hoped|hoping|wish|wishing) (?:that )?(?:the |my )?(?:[a-z]+ )?(?:scan|biopsy|results?|tests?|bloods|diagnosis) (?:comes?|came|come) back (?:bad|terminal|positive|as cancer|with bad news|malignant)'),
];

/** Hopelessness and feeling trapped. */
const HOPELESS_R28: CrisisPattern[] = [
  concern('can not (?:picture|imagine|see) (?:a |any |one |the )?(?:future|one) for (?:me|myself)(?= \\.|$| ,| at all| anymore)', { onlyWith: /\b(?:future|one for me)\b/ }),
  concern('(?:run|ran) out of reasons to (?:keep (?:trying|going|living|fighting)|carry on|go on|live|get up|stay)(?= \\.|$| ,)'),
  concern('(?:do not|can not) see how (?:anything|things|life|it) (?:will|is going to|could) ever be (?:ok|okay|alright|all right|good|better|normal) again(?= \\.|$| ,)'),
  concern('can not see past (?:next week|tomorrow|today|tonight|this week|the weekend|next month)(?: ,)? and (?:i )?do not (?:really )?want to(?= \\.|$| ,)'),
  concern('can not (?:leave|go)(?: him| her| them| this| here)?(?: ,| and) can not stay(?: ,| and)? can not breathe|can not stay(?: ,| and) can not (?:leave|go)(?: [a-z]+)?(?: ,| and)? can not breathe'),
  concern('(?:keep|kept|always|sometimes|constantly|i|i still) (?:imagining|picturing|thinking about|think about|thought about|imagine|picture) (?:myself )?(?:stepping off|stepping in front|swerving|jumping|driving off|letting go|falling)(?= \\.|$| ,| the (?:platform|edge|ledge|bridge|roof|balcony|cliff)| into the (?:traffic|river|sea|path|oncoming)| in front| off the (?:platform|edge|ledge|bridge|roof|balcony|cliff))', {
    onlyWith: /\b(?:platform|train|tracks|bridge|edge|ledge|cliff|balcony|road|lorry|truck|wheel|drive|driving)\b/,
    unlessWith: /\b(?:deer|pothole|to avoid|dream|skydiving|bungee|dive|diving|pool)\b/,
  }),
];

/** Someone else's risk, read as theirs by the subject. */
const OTHERS_R28: CrisisPattern[] = [
  concern('(?:arms?|wrists?|legs?|thighs?|stomach) (?:are|is) (?:all )?(?:covered in|covered with|full of) (?:fresh |new |deep )?(?:cuts|scars|slashes|burns)', {
    unlessWith: /\b(?:bramble|brambles|thorns|cat|kitten|garden|gardening|rosebush|fell|accident|eczema|hockey|rugby|bike)\b/,
  }),
  concern('(?:drink|drank|drinking|drunk|swallow|swallowed) (?:the |some |a bottle of |a sachet of )?(?:sniper|paraquat|gramoxone|weedkiller|weed killer|pesticide|insecticide|rat poison|antifreeze)|(?:take|took|taking) (?:the |some |a bottle of |a sachet of )?(?:paraquat|gramoxone|weedkiller|weed killer|pesticide|insecticide|rat poison|antifreeze)', {
    unlessWith: /\b(?:dog|puppy|cat|toddler|baby|accidentally|by accident|by mistake|goat|cow)\b/,
  }),
  // A student's or a child's writing about wanting to die that reads as real.
  concern('(?:essay|poem|story|diary|journal|post|note|drawing|song|letter)s? about (?:wanting to die|wanting to be dead|killing (?:himself|herself|themselves)|ending (?:it|his life|her life|their life)|not wanting to (?:be here|live|wake up))', {
    onlyWith: /\b(?:(?:does not|did not|do not) (?:read|sound|feel|seem) like (?:fiction|a story|a joke|creative writing|an assignment|made up)|worried|worrying|real|scared)\b/,
  }),
  concern('(?:is|are) (?:on|at) the (?:bridge|roof|ledge|edge|cliff|cliffs|railing|tracks|overpass) (?:right )?now', {
    onlyWith: /\b(?:railing|selfie|goodbye|not answering|edge|jump)\b/,
    unlessWith: /\b(?:paint|painting|painted|fixing|repair[a-z]*|council|his job|her job|work|shift|fishing|walking|view|photos of the|tour|bungee)\b/,
  }),
];

/** Every r28c CONCERN family. */
export const R28_CONCERN_PATTERNS: readonly CrisisPattern[] = [...PASSIVE_R28, ...HOPELESS_R28, ...OTHERS_R28];
