/**
 * English signs said in everyday wording at CONCERN level or about someone else (the r21 families):
 * a closed future, passive wishes said aside, plain words of wanting out, the weight one feels on
 * others, and reports of another person's signs and threats. Twins in tests/unit/crisis-r21-en.test.ts;
 * composed with the other families in crisis-acts.ts.
 */
import type { CrisisPattern } from './crisis-patterns';
import { sign, danger, harm, concern, HEIGHT } from './crisis-acts-said';

/** CONCERN: the future closed, burden said by the family's easier life, trapped with one exit, pain past bearing. */
export const CLOSED_FUTURE: CrisisPattern[] = [
  concern('(?:i )?(?:see|have|there is) no future (?:for me|for myself|ahead of me|anymore|left)|every door (?:closes|is closed|shuts)|(?:given|give|gave) up on (?:feeling better|getting better|ever (?:feeling|getting) better|life|myself|recovery|being happy|things getting better|ever being happy)'),
  concern('no (?:reason|point|use) (?:to|in) (?:keep|keeping) (?:trying|going|living|on)(?! (?:with|to fix|at) )|never going to be (?:fixed|okay|ok|better)(?= ,| \\.|$| and)'),
  concern('(?:easier|better|happier|simpler|lighter|calmer)(?: (?:life|lives|time|off))?(?: [a-z]+){0,2} (?:if|when) i (?:were|was|am) (?:not (?:in it|in (?:their|his|her|your|our) li(?:fe|ves)|around|here|there|alive)|gone|dead|out of the picture)'),
  concern('(?:only|just|always) (?:dragging|bringing|pulling|weighing) (?:my [a-z]+|him|her|them|everyone|everybody|you|us) down|deserves? better than (?:having )?me(?: around| in (?:his|her|their) li(?:fe|ves))'),
  concern('(?:no|any) (?:exit|escape|way out)(?: [a-z]+){0,3} (?:except|but|other than) (?:one|death|dying|that one)|(?:can not|do not) see (?:any|a|an) (?:escape|way out|exit)|(?:the )?only (?:way out|escape|exit) is (?:not living|not being here|not existing|death|dying|to die|to not be here)|(?:there is )?nowhere (?:left )?to go(?= \\.| ,|$)|walls (?:are )?closing in|i am (?:so )?cornered', { unlessWith: /\b(?:game|level|maze|escape room|traffic|parking|car park|garage|building|stadium|contract|lease|deal)\b/ }),
  concern('(?:pain|hurt|suffering|loneliness|emptiness)(?: [a-z]+){0,2} is (?:more than i can (?:stand|bear|take|handle)|too much to (?:bear|stand|take|handle))'),
  { category: 'SUICIDE', kind: 'LIFE', level: 'CONCERN', regex: /\bkeep (?:on )?living(?= like this| with (?:this|the|so much|that|all this)| this way| \.|$)/g },
  // Intrusive "what if I just …" thoughts: C-SSRS 2 said as a question to oneself.
  sign('what if i (?:just|simply) (?:died|was dead|were dead|did not wake up|ended it|killed myself|stepped (?:off|in front)|jumped(?: off| in front)?|drove (?:off|into)|swerved|let go|took (?:them|all)(?: of them)?)', { level: 'CONCERN', speaker: 'PATIENT', unlessWith: /\b(?:game|lol|lmao|haha|of embarrassment)\b/ }),
];

/** Others in danger, said by the signs: a client with a gun and a plan, bruises and being locked in, a threat to kill if she leaves. */
export const OTHERS_SIGNS: CrisisPattern[] = [
  sign('(?:have|has|had|got) (?:a |the )?(?:gun|rifle|pills|rope|knife|means|weapon) and (?:a|the) plan|(?:have|has|had) a plan and (?:a |the )?(?:gun|pills|rope|means|date)'),
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\b(?:shows? up|showing up|showed up|comes? (?:to school |home )?|came (?:to school |home )?)with (?:bruises|black eyes?|a black eye|burns|welts|marks on)\b|\blocks? (?:him|her|them|me|us) (?:in|up)(?= \.|$| ,| in| at| for| when| every| all| and)|\b(?:does|did|do|keeps doing|kept doing) (?:things|stuff|bad things|sexual things|things i do not like) to (?:me|her|him)(?= \.|$| ,| at| when| and| every| in)/g, unlessWith: /\b(?:football|soccer|rugby|hockey|training|practice|match|game|fell|climbing|skat[a-z]*|song|music)\b/ },
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\bthreat(?:en|ened|ening|ens) to (?:kill|hurt|beat|stab|shoot|strangle) (?:her|him|them|me|us|my [a-z]+)\b/g },
  sign('(?:giving|gave|given|give) (?:away )?(?:all )?(?:her|his|their|of (?:her|his|their)) (?:stuff|things|belongings|possessions)(?: away)?', { onlyWith: /\b(?:goodbye|worried|weird|strange|away)\b/ }),
];

/** CONCERN: hoping an accident takes one, relief at a diagnosis, only here for the kids, why bother, a lost cause, no future seen. */
export const PASSIVE_SAID: CrisisPattern[] = [
  concern('hop(?:e|ing) (?:that )?(?:a|the) (?:bus|car|truck|train|lorry|van) (?:hits|clips|runs over|takes out|will hit) me|(?:daydream|dream|fantasi[sz]e)(?:ing|s)? about (?:getting|being) (?:in|into|hit by) (?:a |an )?(?:car )?(?:crash|accident)|(?:be|feel) (?:a (?:little|bit) )?relieved (?:if|when) (?:i had|i got|they found|the doctor (?:told|said|found))'),
  concern('(?:only|just) (?:here|alive|still here|living|around|staying) (?:for|because of) (?:my|the) (?:kids|children|son|daughter|dog|cat|mom|mum|parents|family|wife|husband)'),
  concern('(?:do not know|wonder|no idea) why i (?:even )?bother(?= \\.|$| ,| anymore| at all| getting| waking| living| trying| going)|i am (?:just )?a lost (?:cause|because)|(?:my )?future (?:is|looks) (?:black|dark|empty|blank|bleak)|(?:do not|can not) see myself in (?:\\d+|one|two|three|five|ten|a) (?:years?|months?)|i do not care about anything(?: anymore)?(?= \\.| ,|$| and)'),
  concern('(?:stuck|trapped) in (?:this|my) [a-z]+(?: [a-z]+)? , (?:stuck|trapped) in|(?:my )?(?:head|mind|thoughts|life) (?:is|are|feels like) (?:a|my) (?:prison|cage|trap)|hurts so (?:bad|much) inside'),
  { category: 'SUICIDE', kind: 'LIFE', level: 'CONCERN', regex: /\b(?:keep (?:on )?doing this|carry (?:it|this) another day|do this another day)(?= much longer| any longer| for much longer| \.|$| ,)/g },
  concern('(?:want|wants|wanting|ready) to (?:go )?(?:be with|join) (?:grandma|grandpa|gran|nan|mom|mum|dad|him|her|them|my (?:late )?[a-z]+|his (?:late )?[a-z]+|her (?:late )?[a-z]+)(?= \\.|$| ,| in heaven| again| and)', {
    onlyWith: /\b(?:died|passed|late|heaven|gone|grave|stopped eating|not eating|miss|since (?:she|he) died)\b/,
    unlessWith: /\b(?:visit|visiting|hospital|house|party|trip|weekend|holiday|vacation|move in)\b/,
  }),
];

/** Others' warning signs as reported: gone by next week, a last night posted, a final-feeling goodbye, an attempt, driving out to a bridge. */
export const OTHERS_REPORTED: CrisisPattern[] = [
  concern(`(?:driving|drives|drove|walking|walks|going|goes) (?:out )?to the ${HEIGHT} (?:at night|every night|alone|late at night)`),
  concern('(?:goodbye|bye)(?: [a-z]+){0,9} (?:felt|seemed|sounded) (?:really |so |very )?(?:final|permanent|like (?:a last|the last|forever))'),
  sign('(?<=\\b(?:he|she|they) )(?:attempted|tried)(?= \\.|$| ,| last (?:week|month|year|night)| in (?:january|february|march|april|may|june|july|august|september|october|november|december)| again| twice| before| recently)', { onlyWith: /\b(?:suicid[a-z]*|still thinks about it|thinks about it|support|hospital|attempt[a-z]*)\b/ }),
  sign('(?:tonight|today) is (?:his|her|their) last (?:night|day)(?! (?:at|in|of|here|with|before|as|on))'),
];

/** Others: a goodbye posted then silence, a child cutting, danger at home said by a threat or a night visitor, harm by fire or blood. */
export const OTHERS_AND_THREATS: CrisisPattern[] = [
  concern('(?:posted|sent|left|wrote|said) (?:a |her |his |their )?goodbye(?: (?:msg|message|post|video|note|text))?(?: [a-z]+){0,5} (?:and )?(?:not|will not|is not|has not been) (?:answering|picking up|replying|responding)'),
  { category: 'SELF_HARM', kind: 'SELF', regex: /\b(?:is|are|has been|have been) cutting(?= \.|$| ,| again| herself| himself| themselves| i saw)/g },
  danger('(?:said|says|told me|saying) (?:that )?(?:tonight|today) is my last (?:night|day)|(?:he|she) (?:say|says|said) if i (?:try to )?(?:leave|go|tell|call)(?: [a-z]+){0,3} (?:he|she) (?:will |would |is going to )?(?:hurt|kill|beat|hit) me'),
  danger('(?:comes?|came|coming) (?:in)?to my (?:room|bed)(?: [a-z]+){0,2} (?:every night|at night|when (?:my )?parents|when (?:everyone|mom|dad))', { onlyWith: /\b(?:scared|afraid|touch[a-z]*|again|tonight|stop)\b/ }),
  harm('burn (?:the|his|her|their|our) (?:house|flat|car|apartment|home) (?:down )?with (?:her|him|them|my [a-z]+|everyone) (?:inside|in it)|make (?:him|her|them) pay with (?:blood|(?:his|her|their) (?:life|lives))'),
];

/** CONCERN said as a wish, a picture of the future, a burden's arithmetic. */
export const WISH_AND_WEIGHT: CrisisPattern[] = [
  concern('(?:hoping|hope|hoped) (?:that )?(?:it|the plane|the flight) (?:would|will|might) (?:just )?(?:go down|crash|fall)|(?:relief|nice|better|easier) if my heart (?:just )?(?:stopped|stops|gave out)|pause (?:on )?life(?: [a-z]+){0,2} permanently'),
  concern('(?:would|d) (?:honestly |really |just )*rather (?:just )?(?:be gone|be dead|not be here|not exist|not wake up)(?= \\.|$| ,| honestly)|(?:sleep|go to sleep)(?: [a-z]+){0,2} (?:not|never) come back(?: from it)?'),
  concern('easier if i (?:just |simply )(?:was not|were not|wasnt|was gone|were gone|disappeared)'),
  concern('(?:can not|cannot|do not) (?:picture|imagine|see) myself (?:at|reaching|turning|making it to) (?:\\d\\d|thirty|forty|twenty|eighteen|next year)|(?:not going to|will not) make it to (?:\\d\\d|eighteen|twenty|thirty|next year|my next birthday)'),
  concern('what is (?:even )?the point(?: of (?:anything|it all|living|trying|going on|life))?(?: anymore| any more)(?= \\.|$| ,)|nothing (?:left )?to look forward to(?= \\.|$| ,| anymore| nothing| in life)|i am never (?:going to|gonna) be (?:happy|normal|okay|ok|better|well)'),
  concern('deserves? better than (?:spending (?:her|his|their) life (?:looking after|caring for|with) me)|ruin everything (?:just )?by (?:being|existing)|(?:just )?a (?:weight|dead weight|drain|waste of space) (?:on|around|for|to) (?:everyone|everybody|my family|them|people)|all i do is (?:cost|take from|hurt|disappoint|ruin|burden)|better (?:mom|mum|dad|mother|father|wife|husband|partner|parent) if (?:it was|it were) (?:anyone|anybody|someone) (?:but|else|other than) me'),
  concern('(?:so )?tired of fighting(?: it| this| anymore)?(?= \\.|$| ,| and)|(?:its|it is) like drowning(?= \\.|$| ,| and)'),
];

/** Others: using it on himself, meds stopped on purpose, belongings given away, a last message then silence, bruises unexplained. */
export const OTHERS_SAID: CrisisPattern[] = [
  sign('using it on (?:himself|herself|themselves)'),
  sign('stopped taking (?:his|her|their) (?:[a-z]+ )?(?:meds|medication|medicine|insulin|pills) on purpose', { level: 'CONCERN' }),
  sign('(?:giving|gave|given) (?:away )?(?:all )?(?:her|his|their) (?:games|clothes|books|jewelry|jewellery|guitar|things|stuff)(?: away)?', { level: 'CONCERN', onlyWith: /\b(?:away|won t say|will not say|worried|weird)\b/ }),
  concern('(?:posted|sent|texted|wrote) (?:a |her |his |their )?(?:thanks for everything|thank you for everything|i love you all|sorry for everything)(?: [a-z]+){0,6} (?:and )?(?:not|will not|is not|has not been) (?:answering|picking up|replying|responding)'),
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\bbruises (?:she|he|they) (?:will not|wont|can not|does not|did not) explain\b/g },
];

/** CONCERN in plain words: disappearing for good would be nice, not minding a bus, thoughts back, drowning unseen, not knowing how long. */
export const PLAIN_WORDS: CrisisPattern[] = [
  concern('(?:would be|it would be|be) (?:nice|good|easier|a relief|great|better) to (?:just )?(?:disappear|not exist|not be here|not wake up|be gone|vanish)(?= \\.|$| ,| for good| forever| completely| honestly)'),
  concern('if i (?:got|get|was|were) (?:hit|run over|killed)(?: by (?:a|the) (?:bus|car|truck|train|lorry|van|tram|meteor|asteroid|drunk driver))?(?: [a-z]+){0,3} i (?:would not|wouldnt) (?:mind|care)|i (?:would not|wouldnt) (?:mind|care) if i (?:got|get|was|were) (?:hit|run over|killed)(?= by (?:a|the) (?:bus|car|truck|train|lorry|van|tram|drunk driver)| \\.|$| ,| tomorrow| today| honestly)'),
  concern('(?:having|had|getting|been having) (?:those|the|these) (?:dark |bad |old )?thoughts again|(?:passive|dark|suicidal) thoughts(?: [a-z]+){0,6}(?: ,)? (?:they )?(?:came back|are back|have come back|returned)'),
  concern('i (?:think about it|think about jumping|think about driving off)(?: a lot| alot| every time| sometimes)? when i (?:drive|walk|go|cross) (?:over|across|past|by|on) (?:bridges?|the bridge|overpasses|cliffs|train tracks|the tracks|platforms|balconies)'),
  concern('(?:feel|feels|felt) like i am drowning(?= \\.|$| ,| and (?:nobody|no one)| inside)|(?:do not know|not sure) how (?:much )?long(?:er)? i can (?:handle|take|bear|stand|do) (?:it|this)|nothing (?:going to|gonna) get better|(?:a|and a) burden for (?:my [a-z]+|everyone|them)'),
  concern('(?:thinking|think|thought) (?:about|of) (?:death|dying|being dead)(?: [a-z]+){0,2} (?:lately|a lot|all the time|every day|constantly)(?= \\.|$| ,| like| and)', { unlessWith: /\b(?:passed|died|funeral|grandma|grandpa|pet|dog|cat|philosophy|book|podcast|class)\b/ }),
  { category: 'SUICIDE', kind: 'LIFE', level: 'CONCERN', regex: /\btake (?:it|this) (?:much|any) longer\b/g },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\b(?:to punish myself|punishing myself)\b(?= \.|$| ,| like| for| because)/g, onlyWith: /\b(?:meals|eating|starv[a-z]*|cut|cutting|burn|burning|hit|hitting|scratch[a-z]*|food|on purpose)\b/ },
];
