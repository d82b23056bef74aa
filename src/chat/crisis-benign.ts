/**
 * Benign frames: constructions in which a risk word is used in its ordinary sense, rewritten to a
 * neutral phrase BEFORE the pattern families read the text (crisis.ts), so that every family that
 * would match inside them is silenced at once instead of each family carrying its own exception.
 * Each frame is grammar, not a message: a thing (not a person) as the subject of "killing me", a
 * sleep that ends at a time ("not wake up until noon"), "by the time you read this I'll be on the
 * plane", a goodbye letter to a place or a habit (a therapy exercise), a roof terrace, a past fear
 * ("I thought I was going to die"), "do it differently", a video game's instructions, lyrics quoted
 * after "the song that goes", a habitual exasperated threat ("I could strangle him sometimes"), a
 * dosing or disposal question about one's medicines with no lethal word in the message.
 * The r26 frames: exasperation at one more meme or joke ("i'm gonna kms"), a screening question about wanting to hurt
 * oneself answered no, dark thoughts that "haven't come back", a care plan made with a clinician, the meaning of a slang
 * word asked, a set text's deaths read for class, a past named as past next to "this time I'm doing so much better",
 * a helping or studying role asking about people in general, goodbyes on a last day at work or before a move.
 * The r28 frames: a film or a set text "where they" die, a song named by its line ("the 'suicide is painless' one"), a
 * line's meaning asked for a class, research for a named course task, "due back in 20 minutes", God carrying one through,
 * cuts from brambles, "gone to the gym" by the time you read this.
 * The fa-en stress frames (crisis-benign-everyday.ts): "end it with" a partner (a break-up), a rope, a knife or one's medicines carried for a named
 * pursuit or kept in a bag, a game's kills and hits ("in the raid", "in fortnite"), the daily dose ("took all my meds
 * today"), and "one of my students" read as someone else; each unless the message also names intent or real life.
 *
 * A frame only fires where the whole construction is present, and the lethal-word guard keeps the
 * message-wide frames off any message that also speaks of dying, killing or overdosing. English
 * frames read the normalised sentence (crisis-text.ts: "i am", "can not"); the folded frames read
 * the foreign screen's folded text (crisis-foreign.ts) in Spanish, French, German, Portuguese and Italian.
 */
import { messageHas } from './crisis-text';
import { everydayUses } from './crisis-benign-everyday';
import { neutraliseFoldedEveryday } from './crisis-benign-folded-everyday';
import { r29Frames } from './crisis-benign-r29';
import { accidentsAndPauses } from './crisis-benign-accidents';

type Frame = readonly [RegExp, string];

// Things, not people, that "are killing me": a figure of speech for tiredness or pain.
const THING =
  '(?:exams?|tests?|class|classes|course|job|work|shift|shifts|workout|gym|traffic|commute|cravings?|heat|humidity|homework|essays?|papers?|deadlines?|meetings?|week|day|game|match|hangover|headache|migraine|cramps|period|back|knees?|feet|shoes|boots|song|show|episode|season|finale|suspense|wait|waiting|stairs|hike|run|diet|cold|flu|cough|allergies|studying|revision|thesis|project|inbox|taxes|paperwork|insomnia)';
const LETHAL = /\b(?:die|dying|dead|death|kill|killing|suicid[a-z]*|overdos[a-z]*|end it|end my life|not wake up|take them all|all at once|enough to|lethal|fatal|rope|noose|gun|bridge|goodbye)\b/;
// A question about taking or getting rid of one's medicines.
const DOSING =
  /\b(?:before or after (?:food|eating|meals?|breakfast|dinner)|with or without food|on an empty stomach|(?:once|twice|one|two|three times) a day|dispose of|throw (?:them|it) (?:away|out)|get rid of them safely|side effects?|missed (?:a|my) dose|refill|pharmac(?:y|ist)|antibiotics?)\b/;
const DRUG_WORDS =
  /\b(?:pills|pill|meds|medication|medications|tablets|painkillers|antidepressants|sertraline|zoloft|prozac|fluoxetine|citalopram|escitalopram|lexapro|venlafaxine|effexor|quetiapine|seroquel|lorazepam|diazepam|clonazepam|alprazolam|xanax|tramadol|codeine|bupropion|wellbutrin|mirtazapine|lithium|paracetamol|acetaminophen|tylenol|ibuprofen|antibiotic|antibiotics)\b/g;
// A song, a game: the words around the frame say what it is.
const SONG = /\b(?:song|songs|lyrics?|chorus|track|album|tune|singing|sings)\b/;
const HAPPY_EVENT = /\b(?:propos[a-z]*|wedding|first date|date night|concert|premiere|launch|recital|gig|graduation|birthday|interview|marathon|debut|opening night|big game|final match)\b/;
const TRIVIAL_OFFENCE =
  /\b(?:ate|eats|took|stole|used|broke|finished|borrowed|spoiled|spoilt|drank|touched) my (?:leftovers|food|fries|snacks|lunch|charger|seat|shampoo|clothes|phone|stuff|dessert|cake|ice cream|coffee|milk|chocolate|last [a-z]+|netflix|game|show)\b|\bspoiled (?:the|my) (?:show|ending|finale|episode|movie|book)\b/;
const WEAPON = /\b(?:knife|gun|weapon|hurt|stab|shoot|hit|beat|punch)\b/;
const PASSING = /\b(?:passed|passed away|died|funeral|hospice|hospital|grave|burial|put down|put to sleep|ashes|wake|memorial|anniversary|inquest|coroner|years ago)\b/;
const RELAPSE = /\b(?:again|relaps[a-z]*|slipped|slip|last night|urges?|tempted|but (?:today|tonight|yesterday))\b/;
const CHORE_OFFENCE = /\b(?:dishes|laundry|mess|trash|garbage|bins|snoring|socks|toilet seat|loud music|noise|chewing|alarm)\b/;
const TASK = /\b(?:worksheet|homework|assignment|essay|exercises?|journal(?:ing)?|breathing|workout|laundry|taxes|dishes|the reading|readings|thought record|diary card|mood log|practice|reminder)\b/;
const RISK_WORD = /\b(?:suicid[a-z]*|die|dying|dead|kill|killing|pills|tablets|rope|end it|end my life|goodbye|overdos[a-z]*|cut|cutting|bridge|gun|hurt myself|not wake up)\b/;
const LAUGH = /\b(?:lol|lmao|haha+|rofl|xd|lmfao)\b/;
const NOT_THERE_NOW = /\b(?:that is|thats|it is|its) not where i am(?: at)? (?:now|anymore|these days)\b|\bi am not (?:there|in that place) (?:now|anymore)\b/;
const SET_TEXT = /\b(?:reading|read|studying|analy[sz]ing|essay on|book report on)\b(?: [a-z]+){1,5} for (?:english|class|school|lit|literature|book club|my course|uni|college)\b/;
// r28: "we're doing Romeo and Juliet in school", "set texts": only the characters' deaths are read as the plot.
const CLASS_TEXT = /\bwe (?:are|were|have been) (?:doing|studying|reading|analy[sz]ing) (?:[a-z]+ ){1,5}?(?:in|for) (?:school|class|english|lit|literature|drama)\b|\bset texts?\b/;
const OCD = /\b(?:ocd|call of the void|high place phenomenon|(?:do|does) not mean (?:i|you) want)\b/;
const GAME = /\bin (?:the|this|that|a) (?:game|video game|level|quest|mission|map|campaign)\b|\b(?:secret|next|final|bonus) level\b|\bboss fight\b/;

// r26: a recovered past said as such ("this time I'm doing so much better").
const BETTER_NOW =
  /\bthis time (?:i am|i feel|it is|things are|around)(?: doing)?(?: so| much| a lot| way| far)* (?:better|different|good|well|fine|okay|ok)\b|\b(?:i am|i feel) (?:so |much |a lot |way |far )*better now\b|\bin a (?:much |far )?better place now\b|\bthose days are (?:over|behind me)\b/;
const STILL_NOW = /\b(?:again|lately|recently|these days|tonight|right now|came back|coming back|are back|is back|relaps[a-z]*)\b/;
// r26: someone asking in a helping or studying role, about people in general.
const HELPING_ROLE =
  /\b(?:i volunteer|volunteer (?:on|at|for|with)|volunteering (?:on|at|for|with)|(?:psych|psychology|nursing|medical|med|social work|counsell?ing|pharmacy) student|student (?:nurse|doctor|paramedic|teacher|counsell?or)|(?:teacher|nurse|doctor|counsell?or|therapist|social worker|paramedic|youth worker|coach|chaplain|pastor|gp|lecturer|researcher) here|as a (?:teacher|nurse|doctor|counsell?or|social worker|paramedic|youth worker|coach|chaplain|pastor|volunteer|trainee|mentor|manager|lecturer|school counsell?or)|i am a (?:teacher|nurse|counsell?or|social worker|paramedic|youth worker|school counsell?or|crisis line volunteer|lecturer)|i work (?:on|at|for) (?:a |the )?(?:crisis line|helpline|hotline|samaritans|lifeline))\b/;
const SELF_DISCLOSED = /\b(?:myself|i am suicidal|i feel suicidal|i have been suicidal|i was suicidal|i want to die|my own|i am struggling|me too)\b/;
// r26: a leaving day, a move or a retirement explains goodbyes to everyone.
const LEAVING =
  /\b(?:last day (?:at|of|in) (?:work|school|uni|college|the office|the job|my job)|leaving (?:do|party|drinks|card)|farewell (?:party|do|drinks|lunch|dinner)|before (?:we|i) (?:move|leave|emigrate|relocate|fly)|(?:moving|move|moved|emigrating|relocating) to|retir(?:e|ed|ing|ement)|new job|end of term)\b/;
const DEATHLY = /\b(?:die|dying|dead|kill|suicid[a-z]*|end it|not be here|gone for good|pills|rope|gun|bridge|last message|forever)\b/;

// r27: a screening question in one sentence, answered no in the next ("I haven't.").
const ASKED_THEN_NO =
  /\b(?:asked|asks|asking) (?:me )?(?:if|whether) i(?: [a-z]+){0,6} (?:(?:harming|hurting|killing|cutting) myself|suicide|ending (?:it|my life))\b[a-z ,]{0,20} \. (?:no|nope|never|i have not|i had not|i do not|i did not|not at all|i am not|honestly no)(?= \.|$| ,(?! (?:but|until|lately|recently)\b))/;
// Only hyperbole is taken back this way: "kill myself … kidding" is a disclosure half withdrawn and stays read.
const KIDDING_AFTER = /\b(?:jump off (?:a|the) (?:cliff|bridge|roof|building)|walk into the sea|throw myself off (?:a|the) [a-z]+)\b[a-z ,]{0,30} \. (?:kidding|joking|jk|just kidding|only joking|i am kidding|i am joking|i am only joking)\b(?! (?:not|aside)\b)(?![a-z ,.]*\b(?:not really|or am i|half (?:kidding|joking)|sort of not|kind of not)\b)/;
const GLAD_NOW = /\b(?:(?:still |so |really )?glad (?:i am|to be) (?:still )?(?:here|alive)|glad i (?:survived|made it|am still here)|grateful (?:i am|to be) (?:still )?(?:here|alive))\b/;
const DISTANT = /\b(?:years ago|a year ago|back in (?:19|20)\d\d|in (?:19|20)\d\d|when i was (?:younger|a teenager|in my (?:teens|twenties|thirties)))\b/;
// r28: homework for a class about a song, a poem or a book.
const CLASS_WORK = /\b(?:for|in) (?:my |our )?(?:music|english|poetry|lit|literature|drama|media studies) (?:class|lesson|homework|assignment|coursework)\b/;
const RESEARCH_ROLE = /\b(?:i am a (?:researcher|phd student|postdoc|epidemiologist|statistician|academic|journalist)|researcher (?:looking at|studying|working on)|i research|for (?:my|a) (?:paper|thesis|dissertation|study|grant|literature review)|for (?:my|a|our) (?:uni|university|college|school|class|group) (?:project|assignment|coursework|presentation|report)|for my (?:[a-z]+ ){0,2}(?:course|module|class)(?: ,)? (?:what|how|which|where|why|are|is|do|does|can)|asking for work)\b/;

/** Always-on English frames, read in each normalised sentence. */
const ENGLISH_FRAMES: readonly Frame[] = [
  [new RegExp(`\\b(?:the|this|that|my|these|those|his|her|our|your)(?: [a-z]+)? ${THING}(?: [a-z]+){0,2} (?:is|was|are|were|has been|have been|been|be|keeps|kept)(?: (?:lowkey|highkey|literally|actually|honestly|really|so|just|slowly|kinda|kind of|lowkey))* (?:killing|unaliving|murdering) me\\b`, 'g'), 'is tiring me'],
  [/\b(?:not|never|did not|do not) wake up (?:until|till|before|in time for)\b/g, 'sleep in until'],
  // "my gp asked if i had ever thought about suicide and honestly no , never": a screening question answered no (unless a "but lately" follows).
  [/\b(?:asked|asks|ask|asking) (?:me )?(?:if|whether) i(?: [a-z]+){0,4} (?:thought|think|thinking|had thoughts|have thoughts|considered) (?:about |of )?(?:suicide|killing myself|ending (?:it|my life)|hurting myself|self harm|harming myself)(?: and| ,)*(?: (?:honestly|truthfully|really|the answer is|my answer was|i said|i told (?:her|him|them)))* (?:no|nope|never)\b(?![a-z ,]*\b(?:but|until|lately|recently|sometimes|these days|yes)\b)/g, 'asked and i said no'],
  [/\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|get|gets) this(?: ,)? (?:i will|ill|i ll|i am|im|i m)(?: already)? be (?:on|in|at|boarding|home|back|asleep|there|landing|away|done|off to|gone to (?:the |my )?(?:shops?|store|supermarket|work|school|bed|gym|office|pub|airport|match|class|lecture)|out (?:at|with|shopping))\b/g, 'soon i will be at'],
  [/\b(?:goodbye|farewell) (?:letter|letters|note) (?:to|for) (?:my |the |our )?(?:old |former |younger |past |childhood |teenage )?(?:house|home|flat|apartment|room|job|school|city|town|car|anxiety|depression|eating disorder|ed|self|addiction|habit|drinking|smoking|cigarettes|alcohol|bulimia|anorexia|illness|ocd|panic|inner critic)\b/g, 'exercise letter'],
  [/\broof ?(?:top )?(?:terrace|garden|deck|bar|restaurant|pool|party|cafe)\b|\brooftop (?:terrace|garden|deck|bar|restaurant|pool|party|cafe)\b/g, 'terrace'],
  [/\b(?:thought|felt like|was sure|was convinced|swore|was scared|was afraid) i was (?:going to|gonna|about to) die\b/g, 'was scared'],
  [/\b(?:do|did|handle|say) it (?:differently|better|right|over|properly|another way)\b/g, 'handle that differently'],
  [/\bi could (?:strangle|kill|murder|throttle|smack|slap) (?:him|her|them|my [a-z]+)(?: [a-z]+)? (?:sometimes|at times|some days)\b/g, 'i get annoyed sometimes'],
  // "if i fail chem she'll kill me": a parent's or teacher's anger at a mundane slip.
  [/\bif i (?:fail|flunk|miss|forget|break|lose|crash|wreck|dent|skip|dye|am late|get (?:a|an) (?:bad|low|f|d|c)|come home late)(?: [a-z]+){0,4}(?: ,)? (?:she|he|they|mom|mum|dad|my (?:mom|mum|dad|mother|father|parents|teacher|coach|boss|wife|husband)) (?:will|is going to|is gonna|would|gonna|s going to)(?: (?:actually|literally|so|totally))? (?:kill|murder|end) me\b/g, 'they will be mad at me'],
  // "my sister is going to kill me, i forgot her birthday": anger at a mundane slip said right after.
  [/\b(?:she|he|they|mom|mum|dad|my (?:mom|mum|dad|mother|father|parents|sister|brother|wife|husband|boss|teacher|coach|roommate|girlfriend|boyfriend|friend)) (?:is|are|will|s)(?: (?:going to|gonna))?(?: (?:actually|literally|so|totally))? (?:kill|murder) me(?: ,)? (?:i|because i|cause i|since i) (?:forgot|missed|broke|lost|crashed|dented|spilled|ate|failed|was late|scratched|ruined|spoiled)\b/g, 'they will be mad at me'],
  // "i was ready to strangle him lol": an exasperated threat with a laugh after it.
  [/\b(?:ready to|about to|could|going to) (?:strangle|throttle) (?:him|her|them|my [a-z]+)(?: [a-z]+)?(?: ,)? (?:lol|lmao|haha+|rofl|xd)\b/g, 'i was annoyed'],
  [/\b(?:kill|murder|strangle|end) whoever (?:designed|made|invented|wrote|came up with|thought of|decided|scheduled|built|programmed)\b/g, 'curse whoever made'],
  // "old me would be writing goodbye letters right now": a counterfactual past self.
  [/\b(?:the )?(?:old|past|younger|former) (?:me|self|version of me) (?:would|would have|used to|might have)\b.*$/g, 'old me'],
  [/\b(?:self harm|suicide|suicidal|overdose|cutting|eating disorder) (?:scene|scenes|content|storyline|plot|episode|warning|warnings|tw|trigger warning|themes?|documentary)\b/g, 'sensitive scene'],
  [/\b(?:everything|things|my things|my affairs) in order (?:before|for) (?:my|the|our) (?:[a-z]+ )?(?:surgery|operation|trip|move|vacation|holiday|flight|leave|deployment|travels?|maternity leave|hospital stay|wedding|exam|exams)\b/g, 'ready for the trip'],
  [/\blocked me out of (?:the |my |our |his |her )?(?:[a-z]+ )?(?:account|accounts|app|wifi|computer|laptop|phone|group chat|chat|server|game|email|profile|password|spotify|netflix)\b/g, 'changed the password'],
  [/\blast (?:message|text|msg) (?:for|of) (?:today|the day|tonight|the week|this week)\b/g, 'message for today'],
  // "this heat makes me want to die lol": a thing (not life, not a feeling) blamed with a laugh is exasperation.
  [/\b(?:this|the|that|these|those) (?!(?:life|world|pain|feeling|feelings|loneliness|emptiness|depression|sadness|voice|voices|thought|thoughts)\b)[a-z]+ (?:makes|is making|make|are making) me (?:want to|wanna) (?:die|kill myself|shoot myself|hang myself|jump out (?:the|of the) window)(?: ,)? (?:lol|lmao|haha+|rofl|xd|jk)\b/g, 'this annoys me'],
  // "gonna overdose on christmas cookies", "coach made us run suicides", "the suicide squeeze": food, drills, a baseball play.
  [/\boverdos(?:e|ed|ing) on (?:(?:christmas|holiday|halloween|easter|birthday|grandma s) )?(?:cookies|chocolate|candy|sugar|sweets|cake|pizza|carbs|junk food|netflix|tv|anime|memes|reality tv|cheese|pie|ice cream)\b/g, 'eat too much'],
  [/\b(?:run|runs|running|ran) (?:[a-z0-9]+ )?suicides?\b(?! (?:note|notes|attempt|attempts|pact|letter|plan|mission)\b)|\bsuicide (?:squeeze|sprints?|drills?|runs?|doors)\b/g, 'sprints'],
  [/\bif i have to ([a-z]+ ){0,8}?(?:one more|another|again)\b(?: [a-z]+){0,6}(?: ,)? (?:i am going to|i am gonna|i will|i am|gonna) (?:shoot|kill|hang|stab) myself (?:lol|lmao|jk|haha|just kidding)\b/g, 'i will be annoyed'],
  // "the screening form asked about wanting to be dead, i ticked not at all": a screening item answered no.
  [/\b(?:form|questionnaire|screening|survey|phq ?9|quiz|nurse|doctor|therapist|gp|intake)(?: [a-z]+){0,3} (?:asked|asks|asking|asked me) (?:about|if|whether)\b(?: [a-z]+){1,10}(?: ,)? (?:and )?i (?:ticked|checked|circled|marked|put|answered|said|selected|clicked|chose|picked) (?:not at all|no|never|none|zero|0)\b/g, 'a form i answered'],
  // "ugh i could just die, i waved at the wrong person": an interjection before "could die" is embarrassment.
  [/\b(?:ugh|omg|oh my god|oh god|lol|lmao|welp|yikes)(?: ,)? i (?:could|could have|could of) (?:just |literally )?(?:die|died)\b(?! (?:tonight|today|now|for real))/g, 'i was mortified'],
  [/\b(?:self harm|suicide|suicidal) (?:risk factors?|risk assessment|screening questions?|questionnaire)\b/g, 'intake questions'],
  // "the dream about drowning wasn't literal": a dream as a noun, talked over.
  [/\b(?:the|a|that|this|her|his|recurring|bad|weird) (?:dream|nightmare)s? (?:about|of|where|that) (?:[a-z]+ ){0,3}?(?:drowning|dying|falling|being killed|killing|jumping|death|dead|drowned)\b/g, 'a dream'],
  // "the novel has a character who self harms": a character in a work, not a person the patient knows.
  [/\b(?:novel|book|film|movie|show|series|story|comic|manga|anime|play|game|season|episode)\b(?: [a-z]+){0,4} (?:has|had|with|features|featured|about|where) (?:a|the|one|this) (?:[a-z]+ )?character (?:who|that|which)(?: [a-z]+){1,3}/g, 'a book character'],
  // "my son's minecraft guy jumped off a cliff": a figure in a game.
  [/\b(?:minecraft|roblox|fortnite|sims|gta|zelda|mario|pokemon|skyrim|game|video game|lego)(?: [a-z]+)? (?:guy|character|avatar|player|sim|dude|man|girl|hero|toon|steve)(?: [a-z]+){0,2} (?:jumped|fell|died|drowned|killed (?:himself|herself|itself)|got killed|blew up)(?: off| into| in)?\b/g, 'the game figure respawned'],
  // "a line X from the new album", "the chorus is literally X", "X was the MASH theme": a work's words.
  [/\b(?:line|lyric|lyrics|chorus|verse|hook|refrain|title)(?: is| was| goes| says)?(?: literally| just| like)?(?: [a-z]+){1,8}? (?:from|off|on|in) (?:the|his|her|their|this|that|my)(?: [a-z]+){0,2} (?:album|song|track|record|ep|mixtape|soundtrack|playlist)\b/g, 'that song line'],
  [/\b(?:the )?(?:chorus|lyric|lyrics|hook|refrain|title line|first line|last line) (?:is|was|goes|says)(?: literally| just| like)?(?: [a-z]+){1,6}/g, 'the song line'],
  [/^(?:[a-z]+ ){1,6}(?:was|is) (?:the|a|that|their) (?:[a-z]+ ){0,3}(?:theme|theme song|song|title|tune|anthem|jingle|single|track|hit)\b/g, 'that was the theme song'],
  // "my best friend killed himself in 2020": a death in a named past year, grieved (the grief itself stays readable).
  [/\b(?:he|she|they|my [a-z]+(?: [a-z]+)?) (?:killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|died by suicide|committed suicide|ended (?:his|her|their) (?:own )?life)(?= (?:in (?:19|20)\d\d|(?:[a-z0-9]+ )?years ago|last year)\b)/g, 'they died'],
  // "is romeo and juliet the one where they both kill themselves?": which story a death is in.
  // r28: "that film where they drive off the cliff at the end": the same with the work named.
  [/\b(?:the one|(?:that|the|this) (?:film|movie|book|novel|show|series|episode|play|story|musical|opera|song|video)) where (?:they|he|she|everyone|the [a-z]+)(?: [a-z]+){0,2} (?:kill|kills|killed|die|dies|died|jump|jumps|jumped|drive|drives|drove|shoot|shoots|shot|hang|hangs|hanged|drown|drowns|drowned)(?: themselves| himself| herself| off (?:a|the) (?:cliff|bridge|roof|building|ledge))?\b/g, 'the one with that ending'],
  // "the golden gate bridge suicide net": prevention built into a place.
  [/\bsuicide (?:nets?|barriers?|fences?|hotlines?|helplines?|signs?|phones?|railings?)\b/g, 'safety barrier'],
  // "my high school friend overdosed and died": a death, grieved.
  [/\b(?:overdosed|od ed|killed (?:himself|herself|themselves)) and died\b/g, 'died'],
  // "my uncle's suicide note was read at the inquest\": a past death's paperwork.
  [/\b(?:his|her|their|my [a-z]+(?: [a-z]+)?) suicide note(?= (?:[a-z]+ ){0,3}(?:at|during|in) the (?:inquest|funeral|memorial|hearing|service|trial|coroner))/g, 'their letter'],
  // "if the group chat sends one more meme i'm gonna kms": exasperation at a trivial message, clip or joke (r26).
  [/\bif (?:[a-z]+ ){0,4}?(?:sends?|posts?|plays?|shares?|says?|makes?|tells?|forwards?) (?:me |us )?(?:one more|another|1 more) (?:meme|memes|joke|jokes|pun|puns|tiktok|tiktoks|reel|reels|gif|gifs|sticker|stickers|emoji|voice note|christmas song|song|advert|ad|selfie|notification|reply all|chain message|spam)\b(?: [a-z]+){0,6}?(?: ,)? (?:i am going to|i will|i am about to|i might|i swear i will|i will literally|i am literally going to) (?:kill myself|unalive myself|jump off (?:a|the) (?:bridge|roof|building|cliff)|throw myself off (?:a|the) [a-z]+)\b/g, 'i will be so annoyed'],
  // "the psych asked if i wanted to hurt myself and i could honestly say no": a screening question about wanting to, answered no (r26).
  [/\b(?:asked|asks|ask|asking) (?:me )?(?:if|whether) i (?:[a-z]+ ){0,2}?(?:wanted|want|was going|were going|planned|was planning|felt like|feel like|had urges|have urges|had any urges|have any urges) to (?:hurt|harm|kill|cut) myself(?: ,)? (?:and )?(?:i )?(?:could |can |was able to )?(?:honestly |truthfully |truly |genuinely )?(?:say|said|answer|answered|tell (?:her|him|them)|told (?:her|him|them)) (?:no|nope|never|not anymore)\b(?![a-z ,]*\b(?:but|until|lately|recently|sometimes|these days|yes)\b)/g, 'asked and i said no'],
  // "the suicidal stuff hasn't come back": thoughts named as gone and staying gone (r26).
  [/\b(?:the )?(?:suicidal|self harm|dark|intrusive) (?:stuff|thoughts?|feelings?|urges?|ideation|side)(?: [a-z]+){0,2} (?:has|have) not (?:come back|returned|been back)\b(?! (?:yet|but)\b)/g, 'the hard times are over'],
  // "I have a plan with my midwife": a care plan made with a clinician (r26).
  [/\b(?:i have|we have|i made|we made|made|got) a (?:care |safety |birth |support |treatment |recovery |crisis )?plan (?:in place )?with (?:my|our|the) (?:midwife|therapist|doctor|gp|psychiatrist|counsell?or|care team|nurse|health visitor|obstetrician|ob|psychologist|perinatal team|team|key worker|care coordinator|social worker)\b/g, 'i have support'],
  // "what does 'unalive' mean? my kid keeps saying it": a question about what a slang word means (r26).
  [/\bwhat (?:does|do|is) (?:the (?:word|term|slang|phrase|acronym|abbreviation) )?(?:unalive|unaliving|unalived|kill myself|kys|ctb|sewerslide|sewer slide|self delete|delete myself|catch the bus|s h|sh)(?: even)? (?:mean|means|stand for|stands for)\b|\bwhat is the meaning of (?:unalive|kill myself|kys|ctb|sewerslide|self delete)\b/g, 'what does this slang mean'],
  // r27: "he's got his late wife's pills saved 'for when I'm ready'": his own words quoted after "he has … his", read as his.
  [/\b(he|she) (is|has|had|was|keeps|kept)((?: [a-z]+){1,8}) for when i am (ready|done|finished|gone|tired|old)\b/g, '$1 $2$3 for when $1 is $4'],
  // r27: "saw the news about the bridge suicides": a news story about deaths, not someone the patient knows.
  [/\b(?:news|article|story|piece|report|headline|headlines|documentary|podcast|bulletin)s? (?:about|on|covering) (?:the |those |these |all the )?(?:[a-z]+ )?(?:suicides?|deaths?|overdoses?|jumpers?)\b/g, 'a news story'],
  // r27: "the local paper did a piece on the man who drove off the overpass": a news story about a stranger.
  [/\b(?:paper|newspaper|news|article|piece|story|report|documentary|podcast|programme|program)(?: [a-z]+){0,3} (?:on|about|covering) (?:the|a|this|that) (?:[a-z]+ )?(?:man|woman|guy|bloke|lad|girl|boy|teen|teenager|person|driver|family|couple|mother|father|student|pilot|celebrity) (?:who|that)(?: [a-z]+){1,8}/g, 'a news story'],
  // r27: "book club picked The Virgin Suicides this month": what a book club picks or reads is a book.
  [/\bbook club(?: s)? (?:picked|chose|is reading|are reading|reads|read|pick is|choice is|book is|book this month is)(?: [a-z]+){1,5}/g, 'book club book'],
  // r28: "that MASH theme, the 'suicide is painless' one": a song named by its line.
  [/\b(?:theme|song|tune|track|anthem|jingle|hymn|ballad)(?: song| tune)?(?: ,)? (?:the|that) (?:[a-z]+ ){1,5}?one\b/g, 'that song'],
  // r28: "she's due back in 20 minutes": a return soon, not a past "back in 2020".
  [/\b(?:due|coming|be|is|are|will be|gets|get) back in (?:\d+|a few|ten|twenty|thirty|five|an|a) (?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/g, 'back soon'],
  // r28: "I pray the Lord takes me through this": God asked to carry one through, not to take one.
  [/\b(?:the lord|the good lord|god|jesus|allah|he) (?:takes?|carry|carries|gets?|brings?|sees?|walks?) (?:me|us) through\b/g, 'god helps me through'],
  // r28: "my arms are covered in cuts from the brambles": cuts with their ordinary cause named.
  [/\b(?:cuts|scratches|scrapes|grazes)(?: [a-z]+){0,2} from (?:the |my |a |our |her |his )?(?:brambles|thorns|rose ?bush(?:es)?|roses|cat|cats|kitten|hedge|hedges|gardening|barbed wire|fall|climbing|bike|hike|hiking|rocks|coral)\b/g, 'scratches from the garden'],
  // r27: "bought a rope for the new tyre swing": a rope or a blade named with an ordinary use.
  [/\b(?:rope|ropes|a rope|the rope|some rope) for (?:the |a |my |our |his |her )?(?:[a-z]+ ){0,2}?(?:swing|tyre swing|tire swing|tent|boat|trailer|climbing|dog|washing line|clothes line|hammock|tree house|treehouse|tug of war|garden|camping|gym|kids|goats?|horse|cattle|sailing|kayak|roof rack)\b/g, 'supplies for the swing'],
  // r27: "if I hear one more meeting called synergy I'll walk into the sea": exasperation at a trivial repetition.
  [/\bif i (?:hear|see|get|read|have to sit through|have to hear|have to read|have to answer) (?:one more|another|1 more)\b(?: [a-z]+){1,6}?(?: ,)? (?:i will|i am going to|i am gonna|i might|i swear i will) (?:walk into the sea|jump off (?:a|the) (?:cliff|bridge|roof|building)|kill myself|throw myself (?:off|under|out of) (?:a|the) [a-z]+|drive into (?:a|the) [a-z]+)\b/g, 'i will be so annoyed'],

];

/** Frames that need the rest of their sentence or message (a song named, a game, a dosing question). */
function contextFrames(sentence: string, message: string): string {
  let text = sentence;
  // "the song that goes i wanna die in your arms": what follows "goes" is the song's.
  if (messageHas(SONG, message)) text = text.replace(/\b(?:song|one|track|line|chorus|lyric|lyrics|bit|part)(?: that| which)? go(?:es)?(?: like)?(?: ,)? .*$/, 'song lyrics');
  // "in the game you have to jump off the bridge": instructions to a player.
  if (GAME.test(sentence)) text = text.replace(/\byou (?:have to|need to|must|can|gotta|got to) (?:jump|die|drown|fall|kill yourself|hang)\b/g, 'you have to play');
  // "I have the pills in my hand, do I take the antibiotic before food": dosing, no lethal word anywhere.
  if (messageHas(DOSING, message) && !messageHas(LETHAL, message)) text = text.replace(DRUG_WORDS, 'medicine');
  // "tonight's the night, proposing at dinner": a day awaited for a happy event.
  if (messageHas(HAPPY_EVENT, message) && !messageHas(LETHAL, message)) text = text.replace(/\b(?:tonight|today|tomorrow) is the (?:night|day)\b/g, 'the event is soon');
  // "my sister ate my leftovers, i'm going to end her": anger at a trivial offence, no weapon.
  if (messageHas(TRIVIAL_OFFENCE, message) && !messageHas(WEAPON, message)) text = text.replace(/\b(?:kill|end|murder|strangle|destroy) (?:her|him|them|my [a-z]+)\b/g, 'scold them');
  // "clean from self harm for 400 days today": a milestone of recovery, unless the message tells of a slip.
  if (!messageHas(RELAPSE, message)) text = text.replace(/\b(?:clean|free|sober) (?:from|of) (?:self harm|self harming|self injury|cutting|sh|harming myself)(?: for)? (?:\d+|[a-z]+|a|one) (?:days?|weeks?|months?|years?)\b|\b(?:\d+|[a-z]+) (?:days?|weeks?|months?|years?) (?:clean|free) (?:from|of) (?:self harm|self harming|self injury|cutting|sh)\b/g, 'a recovery milestone');
  // "what we said about my brother's suicide, the anniversary is coming up": grief for a past death.
  if (messageHas(PASSING, message)) text = text.replace(/\b(?:his|her|their|my [a-z]+(?: [a-z]+)?) suicide\b(?! (?:attempt|attempts|plan|plans|threat|threats|risk))/g, 'their death');
  // "i'm going to strangle my roommate, dishes AGAIN": anger at a chore, no weapon.
  if (messageHas(CHORE_OFFENCE, message) && !messageHas(WEAPON, message)) text = text.replace(/\b(?:kill|end|murder|strangle|throttle|destroy) (?:her|him|them|my [a-z]+)\b/g, 'scold them');
  // "the worksheet, im gonna do it tonight": "it" is the task the message names.
  if (messageHas(TASK, message) && !messageHas(RISK_WORD, message)) text = text.replace(/\b(?:do|doing|finish|start|try) it (?=tonight|today|tomorrow|later|now|this (?:evening|afternoon|morning|weekend))/g, 'do the task ');
  // "kms my zoom froze lol": exasperation at a thing that broke, with a laugh.
  if (messageHas(LAUGH, message)) text = text.replace(/^(?:kill myself|i am going to kill myself|i want to kill myself|i will kill myself)(?: ,)? (?=(?:my|the|this|our) (?:[a-z]+ ){0,2}(?:froze|crashed|died|broke|lagged|glitched|freezes|crashes|keeps|is (?:lagging|down|broken|frozen)|went down))/, 'ugh ');
  // "talked about wanting to die in the spring, but that's not where i'm at now": a recovered past named as such.
  if (messageHas(NOT_THERE_NOW, message)) text = text.replace(/\b(?:talked|spoke|wrote|said|thought) (?:a lot )?about (?:wanting to die|suicide|killing myself|self harm|hurting myself|ending it|not wanting to be here)\b/g, 'talked about hard times');
  // "reading the bell jar for english, esther's suicide attempts": a set text read for class.
  if (messageHas(SET_TEXT, message)) text = text.replace(/\b[a-z]+ (?:suicide attempts?|suicide|overdose|self harm|death)\b/g, 'the plot');
  if (messageHas(SET_TEXT, message) || messageHas(CLASS_TEXT, message)) text = text.replace(/\b(?:kill|kills|killed|killing) (?:themselves|himself|herself|each other)\b/g, 'die in the plot');
  // "belting 'i wanna die in your arms' in the shower": someone singing a line.
  text = text.replace(/\b(?:belting|belts|singing|sings|sang|humming|hums|hummed|blasting|karaoke(?:ing)?)(?: out)? (?:[a-z]+ ){1,10}?in the (?:shower|car|kitchen|bath)\b/g, 'singing in the shower');
  // "intrusive thoughts about jumping on a balcony, the OCD ones, they don't mean I want to": named as OCD.
  if (messageHas(OCD, message)) text = text.replace(/\bintrusive (?:thoughts?|images?|urges?) (?:about|of) (?:[a-z]+ ){0,6}/g, 'intrusive thoughts ');
  // "in our session about my brother's suicide attempt": a session's topic, someone else's past.
  text = text.replace(/\bsessions? about (?:my|our) [a-z]+(?: [a-z]+)? suicide attempts?\b/g, 'session about my family');
  // "i said my last goodbye to my grandpa in the hospital, he passed": a goodbye to someone dying.
  if (messageHas(PASSING, message)) text = text.replace(/\b(?:said|say|saying|got to say) (?:my|our|a|the) (?:last|final) goodbyes? to (?:my |our |his |her |the )?[a-z]+/g, 'visited them');
  // r26: "with my first i had thoughts of ending it. this time i'm doing so much better": a past named as past.
  if (/\bi (?:had|used to have) /.test(text) && messageHas(BETTER_NOW, message) && !messageHas(STILL_NOW, message)) text = text.replace(/\bi (?:had|used to have) (?:thoughts|urges|ideas) (?:of|about) (?:ending it|ending my life|suicide|killing myself|dying|hurting myself|not being here|harming myself)\b/g, 'i had a hard time');
  // r26: "psych student here, passive vs active suicidal ideation?", "teacher here, how do I ask a student about suicide?".
  if (/\bsuicid|\bthinking about|\bthoughts? (?:about|of)/.test(text) && messageHas(HELPING_ROLE, message) && !messageHas(SELF_DISCLOSED, message)) {
    text = text.replace(/\b(?:thinking|thought|thoughts) (?:about|of) (?:suicide|killing themselves|ending their lives?|self harm|hurting themselves)\b/g, 'thinking about that topic');
    text = text.replace(/\b(?:(?:passive|active|actively) (?:and |or |vs |versus )?)*(?:suicidal|suicide)(?: ideation| thoughts| risk)?\b/g, 'that topic');
  }
  // r26: "last day at work before we move, said goodbye to everyone".
  if (/\bgoodbye/.test(text) && messageHas(LEAVING, message) && !messageHas(DEATHLY, message)) text = text.replace(/\b(?:said|say|saying) (?:my )?goodbyes? to (?:everyone|everybody|you all|all of you)\b/g, 'said farewell to colleagues');
  // r27: "Nurse asked if I've had thoughts of harming myself. I haven't.": a screening question answered no in the next sentence.
  if (messageHas(ASKED_THEN_NO, message)) text = text.replace(/\b(?:thoughts? (?:of|about) )?(?:harming|hurting|killing|cutting) myself\b|\b(?:thoughts? (?:of|about) )?(?:suicide|ending (?:it|my life))\b/g, 'that question');
  // r27: "I'm ready to jump off a cliff. Kidding, obviously.": an exasperated figure taken back as a joke in the next sentence.
  if (messageHas(KIDDING_AFTER, message)) text = text.replace(/\b(?:jump off (?:a|the) (?:cliff|bridge|roof|building)|walk into the sea|throw myself off (?:a|the) [a-z]+)\b/g, 'scream');
  // r27: "Two years ago I was in hospital after trying to end it ... I'm still glad I'm here.": a past attempt told with gladness now.
  if (messageHas(GLAD_NOW, message) && messageHas(DISTANT, message) && !messageHas(STILL_NOW, message)) text = text.replace(/\b(?:after |when |since )?(?:trying|i tried|tried|attempting|i attempted|attempted) to (?:end it|end my life|kill myself|take my (?:own )?life)\b/g, 'a hard time');
  // fa-en: a break-up, gear for a named pursuit, a game's kills and hits, medicines kept or the daily dose (crisis-benign-everyday.ts).
  text = everydayUses(text, message);
  text = r29Frames(text, message);
  text = accidentsAndPauses(text, message);
  // r28: "what does 'I'm so tired of being here' mean in My Immortal, it's for music class": a line asked about for a class.
  if (messageHas(CLASS_WORK, message)) text = text.replace(/\bwhat (?:does|do|did) (?:the (?:line|lyric|lyrics|phrase|words?) )?(?:[a-z]+ ){1,12}?mean (?:in|on|from)\b/g, 'what does this line mean in');
  // r27: "I'm a researcher looking at gambling harm and suicide risk ... I'm fine": a research role.
  if (/\bsuicid/.test(text) && messageHas(RESEARCH_ROLE, message) && !messageHas(SELF_DISCLOSED, message)) text = text.replace(/\b(?:suicide|suicidal)(?: ideation| thoughts| risk| rates?| prevention)?\b/g, 'that topic');
  return text;
}

/** An English normalised sentence with its benign frames made neutral (message: the whole normalised message). */
export function neutraliseEnglish(sentence: string, message: string): string {
  let text = sentence;
  for (const [regex, replacement] of ENGLISH_FRAMES) text = text.replace(regex, replacement);
  return contextFrames(text, message);
}

// A thing as the subject of "killed me" in the five languages ("ese parcial me mato", "cet exam m a tue").
const FOLDED_THING =
  '(?:taf|job|examen|examenes|parcial|parciales|final|finales|prova|provas|exame|exames|exam|partiel|partiels|esame|esami|verifica|prufung|klausur|test|tarea|dever|devoir|compito|hausaufgabe|trabajo|trabalho|travail|boulot|lavoro|arbeit|entrenamiento|treino|entrainement|allenamento|training|calor|chaleur|caldo|hitze|trafico|transito|trafic|traffico|verkehr|semana|semaine|settimana|woche|clase|aula|cours|lezione|unterricht|gimnasio|academia|muscu|palestra|dieta|regime|resaca|ressaca|gueule de bois|postumi|kater|jefe|chefe|chef|capo|cigarro|cigarros|cigarrillo|cigarrillos|cigarette|cigarettes|clope|clopes|zigarette|zigaretten|kippen|sigaretta|sigarette|tabaco|tabac|tabacco|rauchen)';
const FOLDED_FRAMES: readonly Frame[] = [
  [
    new RegExp(
      `\\b(?:ese|esa|este|esta|el|la|los|las|mi|essa|esse|o|a|meu|minha|cet|cette|ce|le|les|mon|ma|quell|quello|quella|questo|questa|sto|sta|sti|ste|estos|estas|esses|essas|estes|ces|il|lo|dieser|diese|dieses|die|der|das|mein|meine)(?: [a-z]+)? ${FOLDED_THING}(?: [a-z]+){0,2} (?:me mato|me mata|me van a matar|me va a matar|me esta matando|vao me matar|va me tuer|vont me tuer|me tueront|mi ammazzano|mi ammazzeranno|mi uccide|mi uccidono|werden mich umbringen|me matou|me mata|m a tue|me tue|va me tuer|me tuera|vai me matar|me va a matar|mi uccidera|mi ammazza|mi ammazzera|wird mich umbringen|hat mich umgebracht|bringt mich um|hat mich fertig gemacht)\\b`,
      'g',
    ),
    'me cansa',
  ],
  // "me pregunto si tenia ideas suicidas y le dije que no": a screening question answered no.
  [
    /\b(?:pregunto|me pregunto|pergunto|perguntou|me perguntou|m a demande|a demande|hat (?:mich )?gefragt|fragte|mi ha chiesto|ha chiesto)(?: [a-z]+){0,3} (?:si|se|ob)\b[a-z ,]{0,80}?(?:dije que no|le dije que no|disse que nao|respondi que nao|respondi que no|j ai dit non|ai dit que non|j ai repondu non|(?:hab|habe) nein gesagt|ho detto (?:di )?no|ho risposto (?:di )?no)\b/g,
    'asked and i said no',
  ],
  // "este es mi ultimo mensaje del dia": the last message of today, not a farewell.
  [/\b(?:ultimo|ultima|dernier|derniere|letzte|letzter) (?:mensaje|message|mensagem|messaggio|nachricht)(?: [a-z]+){0,2} (?:del dia|de hoy|por hoy|de la journee|pour aujourd hui|pour ce soir|hj|hoje|de hoje|do dia|di oggi|per oggi|per stasera|fur heute|fuer heute|heute|for today|of the day|for tonight)\b/g, 'mensaje'],
  // "mi sparo un caffe", "mi sparo una serie": Italian slang for having or watching something, not a gunshot ("mi sparo un colpo" is).
  [/\bmi (?:sparo|sparero|sono sparat[oa]|spariamo) (?:un|una|uno|un altra|un altro|tutta|tutto|tutte|tutti|due|tre|qualche)\b(?! (?:colpo|proiettile|pallottola|revolverata|fucilata)\b)/g, 'mi godo'],
  // "en pleno ataque de panico siento que me voy a morir": the fear of dying in a panic attack, a symptom, not a wish.
  [/\b(?:ataques?|crises?|crisis|attacchi|attacco|attaques?) (?:de |di |d )?(?:panico|panique|ansiedad|ansiedade|ansia|angoisse)\b(?: [a-z,]+){0,8}? (?:siento|sinto|sento|sentia|sentivo|senti|j ai l impression|je sens|je crois|creo|acho|penso|credo) (?:que|q|che|de) (?:me voy a morir|voy a morir|me muero|vou morrer|eu vou morrer|vou morer|sto per morire|muoio|sto morendo|je vais mourir|mourir)\b/g, 'ataque de panico y miedo'],
  [/\bpanik(?:attacke|attacken)?\b(?: [a-z,]+){0,8}? (?:ich (?:dachte|glaube|denke|habe das gefuhl)|das gefuhl)(?: ,)? (?:ich )?(?:sterbe|muss sterben|wurde sterben)\b/g, 'panik und angst'],
  // German reported speech in the perfect ("mein bruder hat gesagt, er will sterben") read like the present ("sagt"), so the words stay his.
  [/\b(?:hat|hatte) (?:mir |uns |mal |gestern |heute |vorhin |neulich )*(?:gesagt|gemeint)(?: ,)?(?= (?:dass )?(?:er|sie) )/g, 'sagt'],
  // "als teenie", "als teeny": colloquial for "als teenager", a finished past.
  [/\bals (?:teenie|teeny|teenies|teen)\b/g, 'als teenager'],
  // "bin seit 7 jahren clean": years free of it is recovery (months are not yet).
  [/\b(?:bin|ich bin|seit) (?:seit )?(?:[2-9]|[1-9][0-9]|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|vielen|ein paar|etlichen) jahren (?:clean|ritzfrei|symptomfrei|stabil|frei davon|sauber)\b/g, 'seit jahren stabil'],
  // "ich habe mir die haare geschnitten": hair and nails, not skin.
  [/\b(?:haare|haar|nagel|fingernagel|zehennagel|fussnagel|bart|pony|spitzen|locken)(?: [a-z]+){0,2} (?:geschnitten|abgeschnitten|schneiden)\b/g, 'gekurzt'],
];

/** The foreign screen's folded text with its benign frames made neutral. */
export function neutraliseFolded(folded: string): string {
  let text = folded;
  for (const [regex, replacement] of FOLDED_FRAMES) text = text.replace(regex, replacement);
  return neutraliseFoldedEveryday(text);
}
