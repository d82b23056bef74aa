/**
 * Indirect English warning signs (988's behavioural signs and the C-SSRS plan and preparation items
 * said without a word for dying): goodbyes to the therapist ("tell her it isn't her fault", "give my
 * slot to someone else"), arrangements "before I go" or "for when I'm not around", a plan that names
 * a place, a day chosen for "it", violence in progress at the door, and threats to a person that
 * name the act instead of the verb "kill" ("run him over", "make sure she never breathes again").
 * Read by crisis.ts like the other English families (negation, subject, time frame).
 */
import type { CrisisPattern } from './crisis-patterns';

// Trips, moves and jobs, which make "before I go" and "I won't be back" ordinary.
const TRAVEL = /\b(?:flight|fly|flying|plane|trip|travel[a-z]*|vacation|holiday|holidays|conference|abroad|moving|move to|moved|relocat[a-z]*|new job|semester|exchange|deploy[a-z]*|visa|college|university|uni|graduat[a-z]*|retir[a-z]*|maternity|paternity|surgery|hospital stay|insurance (?:changed|ran out)|cannot afford|can not afford|switching|another therapist|new therapist)\b/;
const PLACES = '(?:bridge|cliffs?|edge|tracks|train tracks|railway|roof|rooftop|overpass|car park|parking garage|river|lake|woods|motel)';

function sign(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category: 'SUICIDE', kind: 'SELF', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
}
function harm(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category: 'HARM_TO_OTHERS', kind: 'SELF', speaker: 'PATIENT', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
}
function danger(source: string): CrisisPattern {
  return { category: 'ABUSE_IN_PROGRESS', kind: 'SELF', speaker: 'PATIENT', regex: new RegExp(`\\b(?:${source})\\b`, 'g') };
}

/** Goodbyes, to the therapist or to everyone. */
const GOODBYES: CrisisPattern[] = [
  sign('(?:it is|it was|it is really|that it is|that it was|its) not (?:her|his|your|their|on (?:her|him|you|them)) fault|(?:it is|that it is) not on (?:her|him|you|them)|(?:she|he|you) did (?:her|his|your) best', { speaker: 'PATIENT', onlyWith: /\b(?:tell|thank|thanks|goodbye|letter|note|sorry|sessions?|before i go)\b/ }),
  sign('(?:give|gave|offer) my (?:slot|spot|place|appointments?|sessions?) to (?:someone|somebody|another)', { unlessWith: TRAVEL }),
  sign('(?:please )?do not (?:try to )?(?:reach|contact|call|text|look for|come looking for) me (?:after|anymore|again|ever)', { unlessWith: TRAVEL }),
  sign('(?:the )?last (?:time|person) i (?:will )?(?:talk|speak|write|message) to|last time i will (?:bother|message|write to|talk to) (?:you|anyone)|(?:goodnight|good night|bye|goodbye) forever'),
  sign('by the time (?:you|my [a-z]+|anyone|someone|they|he|she|dr [a-z]+) (?:read|reads|see|sees|find|finds|get|gets) (?:this|it) (?:,? )?i will be (?:gone|dead|at peace|asleep forever)'),
  sign('(?:thank you|thanks|ty|thank u)(?: so much)? for (?:trying|listening|everything|all)(?: [a-z]+){0,4}(?: ,| \\.)? (?:goodbye|bye|i will not be back|this is it)|(?:goodbye|bye) (?:\\. )?(?:thank you|thanks) for trying', { unlessWith: TRAVEL }),
  sign('i will not be (?:coming )?back(?=$| ,| \\.| again| ever)|(?:before i go|i go) for good|(?:one more|one last) time before i go|before i go(?=$| ,| \\.)', { onlyWith: /\b(?:thank|thanks|ty|goodbye|bye|sorry|forever|for good|gave|giving|given|home|voice|last)\b/, unlessWith: TRAVEL }),
  sign('(?:checking|check|logging|log|signing|sign) (?:out|off) (?:for good|permanently|forever)', { unlessWith: /\b(?:social media|instagram|tiktok|twitter|facebook|app|apps|account|hotel|group chat)\b/ }),
];

/** Arrangements for after, possessions given "before I go". */
const ARRANGEMENTS: CrisisPattern[] = [
  sign('(?:gave|give|giving|given|signed|sold|handed|left) (?:[a-z]+ |, ){1,8}(?:before i go|for good|now rather than later|to keep (?:it |them )?forever|for when i am (?:not around|gone|no longer (?:here|around)))', { unlessWith: TRAVEL }),
  sign('(?:list|note) (?:of )?who gets what|(?:for|when) i am (?:not around|no longer (?:here|around))(?: ,| \\.| for|$)|what comes next', { onlyWith: /\b(?:gave|give|giving|kids|videos?|letters?|list|dog|cat|birthdays)\b/ }),
  sign('(?:changed|updated|named) (?:my )?beneficiar(?:y|ies)|(?:life )?insurance (?:covers|pays out for|will pay out for) (?:it|suicide)|better off with the insurance', { speaker: 'PATIENT', unlessWith: /\bmarri[a-z]*|wedding|divorc[a-z]*|baby\b/ }),
  sign('so (?:no one|nobody|my family|my [a-z]+|they|she|he) (?:has|have|does not have|do not have|will not have|will not) (?:to )?(?:find me|deal with (?:a |the |my )?(?:mess|body|stuff|it)|clean up)'),
  sign('(?:letter|note|message) (?:explaining|saying|telling (?:her|him|them)) (?:that )?(?:it|this) (?:was not|is not) (?:her|his|their|your) fault'),
  sign('(?:stock ?pil+ing|stockpiled|hoarding|hoarded|saving up|saved up|stashing|stashed) (?:all )?(?:of )?(?:my |the |his |her )?(?:[a-z]+ )?(?:pills|meds|medication|tablets|klonopin|xanax|sertraline|oxy|lithium|insulin|painkillers|sleeping pills)|(?:stopped|stop|not) taking (?:my |them|it)(?:[a-z]+ )?(?: [a-z]+){0,3} (?:so i could|so i can|to) (?:save|stockpile|hoard|keep) them'),
  sign('(?:cancelled|canceled|cancel|cancelling) (?:all )?(?:of )?my (?:[a-z]+ )?(?:appointments|sessions|plans|subscriptions)(?: [a-z]+){0,6} (?:because|since|as) i (?:will not|do not) need them'),
];

/** A plan with a place, a day or a deadline. */
const PLANS: CrisisPattern[] = [
  sign(`(?:my|the) plan is (?:to )?(?:[a-z]+ ){0,8}(?:${PLACES}|go off|jump|rope|pills|overdose|gun|hang)`),
  sign('(?:have|got) it all (?:planned|sorted|figured out|worked out)(?: out)? for (?:after|before|on|the|next|this|when)|i have (?:the date|the place|the spot|the pills|the rope)(?: ,| and) (?:i have )?(?:the )?(?:place|spot|pills|rope|date|time)'),
  sign('(?:timed|know) (?:when|what time) the (?:train|trains|freight|express) (?:comes|come|passes|pass|goes)'),
  sign('(?:that is|and that is|this is) when i am (?:doing|going to do) it|(?:decided|decided that|know) (?:i will|ill) do it (?:on|after|before|when|next|this)|i am (?:doing|going to do) it (?:on|after|when) (?:my|the|her|his)'),
  sign('(?:once|after|when) (?:my |the )?[a-z]+(?: [a-z]+){0,3} (?:is|are) over(?: on (?:the )?[a-z0-9]+)?(?: ,)? i am (?:done|gone|out)(?: ,)? (?:like )?(?:for good|forever|permanently)'),
  sign('(?:will not|am not going to) be around (?:to use|for (?:much longer|long)|after (?:this|that|friday|monday|tuesday|wednesday|thursday|saturday|sunday|tonight|tomorrow|the [0-9a-z]+))', { unlessWith: TRAVEL }),
  sign(`(?:going to|gonna|will|plan to|planning to) (?:drive|go|walk|head) (?:up )?(?:to|out to) (?:the )?${PLACES}(?= ,| \\.|$| and (?:jump|go off|end))`, { level: 'CONCERN', unlessWith: /\b(?:photos?|pictures?|view|picnic|hike|hiking|walk the dog|swim|swimming|fishing|fireworks|friends|sunset|sunrise|run|running|jog|jogging)\b/ }),
  sign(`(?:sitting|sittin|standing|sat|stood) (?:on|at) (?:the )?(?:edge|roof|top) of (?:the |a |my )?(?:parking garage|car park|building|bridge|roof|cliff)|(?:drove|went|walked) (?:there|to the ${PLACES})(?: [a-z]+){0,4} and (?:just )?(?:sat|stood) there`, { unlessWith: /\b(?:lunch|eating|view|photos?|sunset|sunrise|nice up here|break)\b/ }),
  sign('(?:check|checking|booked|booking) (?:into|in to) a (?:motel|hotel) so (?:my|that my|no one|nobody)|car in the garage (?:and|with) the door (?:shut|closed)'),
];

/** Someone dangerous here and now. */
const DANGER_NOW: CrisisPattern[] = [
  danger('(?:he|she|they|my [a-z]+) (?:is|are) (?:banging|pounding|kicking|hammering|bashing) on the (?:[a-z]+ )?door|(?:outside|at) (?:my|the) (?:[a-z]+ )?door with a (?:knife|gun|bat|hammer|axe)|(?:broke|broken) in(?:to (?:my|our) (?:house|flat|apartment|place))? (?:tonight|just now|and)|(?:hands|hand) (?:round|around) my (?:throat|neck)|(?:hiding|hid|locked myself) (?:in|from)(?: [a-z]+){0,4} (?:he|she) is (?:banging|drunk|coming|looking|outside|shouting)|(?:broke|fractured) my (?:arm|nose|ribs?|jaw|wrist)(?: [a-z]+){0,6} (?:find me|kill me|keeps)|(?:going to|gonna) (?:finish|break) (?:me|my (?:arms?|legs?|neck))'),
];

/** Harm to a person, named by the act. */
const HARM_BY_ACT: CrisisPattern[] = [
  harm('(?:run|running|drive|driving|ram|ramming) (?:my ex|him|her|them|[a-z]+) over|(?:run|running|drive|driving|crash|crashing|ram|ramming) my car into (?:his|hers|her|their|him)|(?:burn|burning|set fire to|torch) (?:his|her|their) (?:[a-z]+ )?(?:house|car|flat|place)(?: down)? with (?:him|her|them) (?:in it|inside)'),
  harm('make (?:sure )?(?:he|she|they|my [a-z]+|that [a-z]+) (?:never|can never) (?:breathes?|hurts? anyone|wakes? up|walks?) again|(?:list|a list) of people (?:who|that) (?:are going to|will|need to) pay|(?:bring|take) (?:my |my [a-z]+ |his |her )?(?:gun|rifle|knife) to (?:school|work|class)|with a (?:bat|knife|gun|hammer|axe) and (?:finish it|end it|make (?:him|her|them) pay)'),
  harm('(?:so )?close to (?:hitting|hurting|killing|strangling|shaking|smothering) (?:my|him|her|them)|(?:taking|take) my (?:daughter|son|kids|children|baby|babies|child) with me when i go|(?:voices|voice) (?:said|says|told me|tell me)(?: [a-z]+){0,2} i (?:have|need|must) to (?:hurt|kill|punish) '),
];

/** Means gathered, methods set up, self-harm escalating: said without a word for dying. */
const MEANS_AND_METHODS: CrisisPattern[] = [
  sign('(?:filled|refilled) my prescriptions? early|build (?:up )?a (?:supply|stash)|(?:buying|bought) (?:paracetamol|tylenol|pills|painkillers|sleeping pills)(?: [a-z]+){0,3} from different (?:shops|stores|pharmacies|chemists)|put all my (?:meds|pills|medications?|tablets) in one (?:box|bag|place|jar)|stopped taking my insulin on purpose'),
  sign('charcoal (?:grill|bbq|barbecue)(?: [a-z]+){0,5} (?:bedroom|room|car|tent|bathroom)|window is taped|drink (?:the )?(?:antifreeze|bleach|weed killer|poison)|walk into the (?:sea|ocean|river|lake)|standing on the platform(?: ,)? (?:the )?next train|took the whole (?:box|bottle|pack|packet|strip)(?! of (?!(?:my |the )?(?:pills|meds|tablets|paracetamol|tylenol|sleeping pills|painkillers)))|(?:tested|test) (?:it|the knot|the rope|the belt) on the (?:beam|door|banister|bannister|rail|hook)|standing on a (?:chair|stool) with a (?:belt|rope|cord)'),
  sign('(?:most painless|easiest|quickest|surest|least painful) way to (?:not wake up|go to sleep forever|never wake up)|how many [a-z]+ (?:would|will|does it take to) stop (?:a|my) heart|if i took all my [a-z]+ at once|how high the (?:[a-z]+ ){1,4}is(?: \\.| ,)? high enough', { speaker: 'PATIENT' }),
  sign('(?:picked|chose|chosen|found|know) the (?:spot|place|dose)(?: ,| and) (?:i know )?the (?:time|day|date|place|spot)(?! (?:for|of|to)\\b)|plan is sorted|nobody will find me (?:there|in time|for days)|i have a plan now|since i decided(?=$| \\.)|i will be with (?:grandad|grandpa|grandma|gran|nan|mum|mom|dad|him|her|them) soon(?: ,)? i know how|permanent nap|never have to wake up (?:to this )?again|the pain (?:ends|will end|stops) (?:tonight|today|tomorrow|soon)(?=$| \\.)|for whoever finds me'),
  sign('getting (?:things|everything|my things) in order', { onlyWith: /\b(?:passes away|passed away|passwords|after|note|will|letters?|goodbye|cat|dog|bills|funeral|session notes)\b/ }),
  sign('(?:so (?:he|she|they) can )?deal with everything after (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tonight|tomorrow|this week|i am gone)|(?:letter|note|letters|notes) (?:[a-z]+ ){0,6}(?:after|when|once) i am gone|(?:it is|its) better this way', { onlyWith: /\b(?:letter|letters|note|passwords|goodbye|gone|resignation)\b/ }),
  sign('(?:the )?only (?:one|person) who (?:ever )?(?:tried|listened|cared)', { onlyWith: /\b(?:goodbye|bye|thank|thanks|ty)\b/ }),
  sign('(?:voicemail|message|text|letter|note|video) (?:for|to) (?:[a-z]+ ){0,3}saying goodbye', { unlessWith: TRAVEL }),
  sign('(?:will not|am not going to) be a (?:problem|burden|bother) (?:for|to) (?:anyone|anybody|you|them|everyone) (?:much )?longer'),
  { category: 'SELF_HARM', kind: 'SELF', regex: /\b(?:make|making) the cuts? deeper|cut deeper (?:this time|tonight|so)|(?:blade|blades|razor|razors) out (?:rn|right now|now|on my)|with (?:my |a )?(?:sharpener |razor )?blades? out\b/g },
  sign('relapsed on (?:sh|self harm|cutting)|(?:a|the) waste of (?:their|everyone s|my parents|space|money|oxygen)|i am too much for (?:everyone|everybody|people)|(?:hoped|hoping|wished) (?:it|the plane|the car|the bus) would crash|(?:terminal|cancer) diagnosis(?: [a-z]+){0,5} (?:relieved|relief)', { level: 'CONCERN' }),
];

/** CONCERN: hopelessness, exhaustion and thoughts returning, said without a word for dying. */
const WEARING_DOWN: CrisisPattern[] = [
  sign('(?:the |those |my |dark |bad |suicidal |old )?(?:thoughts|urges|feelings) (?:are|have been|keep|is) (?:starting to |slowly )?(?:come|coming|creeping|sneaking) back|(?:it is|its|it has) been creeping back|how bad the thoughts are getting|(?:shut|quiet|drown|numb) (?:the|my) thoughts(?: up| out)?|(?:days|nights|times) (?:where|when) i (?:still )?think about (?:it|doing it)', { level: 'CONCERN', onlyWith: /\b(?:thoughts|urges|attempt|attempted|suicid[a-z]*|safety plan|dark|drinking)\b/ }),
  sign('(?:do not|dont) know how (?:much )?longer i can (?:hold on|keep going|do this|live with|carry|go on|take (?:it|this))|can not do this much longer|running out of reasons|the only (?:reason|thing) i am still here|i am (?:just )?a lost cause|tired of fighting (?:my own |with my own )?(?:brain|mind|head|myself)|(?:empty|numb)(?: and (?:empty|numb))? all the time|not sleepy tired|intrusive thoughts about (?:jumping|dying|death|killing myself|hurting myself|ending it)|(?:think|thinking) about (?:my|your) own funeral', { level: 'CONCERN' }),
];

/** Every family of this file. */
export const INDIRECT_PATTERNS: readonly CrisisPattern[] = [...GOODBYES, ...ARRANGEMENTS, ...PLANS, ...DANGER_NOW, ...HARM_BY_ACT, ...MEANS_AND_METHODS, ...WEARING_DOWN];
