/**
 * English frames of the r29c session, for writers of English as a second language, older adults dictating, workers
 * and teens. Two kinds, applied by crisis-benign.ts among its message-wide frames:
 * - grammar repair: regular past forms of irregular verbs ("cutted", "drinked"), "my self"; the dropped third-person
 *   "s" ("my wife say she will…", "he say") read as "says", so reported speech stays the other person's; "the old man
 *   next door" as a neighbour; a clock time ("at 0700") and an elder's age ("at 84 I am") not read as a past; a place
 *   "where we used to go" not read as a past act; a word said again and again ("tired tired tired") read once; and
 *   "they're gonna kms" read as "kill themselves";
 * - everyday uses: affairs put in order for a move, gear made ready for a named use (a rope for the goats, a gun for
 *   deer season), a gun bought for a named sport (clay pigeons, the range), a game avatar's death ("killed myself in
 *   minecraft"), a hard first year abroad told from a settled now, a story's poison explained to a child, dying "for
 *   this team", an inmate on suicide watch told by the officer, recovery apps researched for a school project, a news
 *   report of numbers and prevention ("news say"), the last post "for today". Each unless the message also names
 *   intent or says it is still so now.
 */
const SINGULAR =
  '(?:he|she|my (?:wife|husband|son|daughter|mother|mom|mum|father|dad|brother|sister|boyfriend|girlfriend|friend|grandson|granddaughter|grandmother|grandfather|uncle|aunt|aunty|cousin|neighbour|neighbor|teacher|boss|student|partner|baba|mama|papa)|the (?:old man|old woman|boy|girl|man|woman))';
// "my wife say she will…", "he say next month…": the dropped "s" of a reported verb after a singular subject.
const DROPPED_S = new RegExp(`\\b(${SINGULAR}) (say|keep|want|tell|think|plan|threaten|try|touch|send|lock|follow|push|slap|kick|take|come)\\b`, 'g');
// Intent words that keep every everyday frame below off.
const INTENT = /\b(?:kill myself|end my life|end it|suicide note|not be here|want to die|wanna die|overdose|goodbye|noose|hang myself|still (?:want|think|feel))\b/;
const STILL = /\b(?:again|lately|these days|right now|still)\b/;
const MOVE = /\b(?:move|moving|moved|relocat[a-z]*|emigrat[a-z]*|abroad|new job|new house|to (?:spain|france|canada|australia|the us|america|portugal|italy|germany|dubai))\b/;
const SPORT =
  '(?:clay pigeons?|clays|skeet|trap shooting|sporting clays|the range|target practice|target shooting|hunting|deer season|duck season|duck hunting|pheasants?|grouse|rabbits|pigeons|competitions?|the club|shooting club|biathlon)';
const GAME_NAMED = /\b(?:minecraft|roblox|fortnite|terraria|valorant|apex|warzone|cod|call of duty|zelda|mario|sims|gta|elden ring|dark souls|skyrim|in the game|in game|the boss|respawn(?:ed)?|hardcore mode|speedrun|lava|creeper|creepers|diamonds|my loot|checkpoint)\b/;
const REAL_LIFE = /\b(?:for real|in real life|irl|real life|not (?:in )?(?:a|the) game|not joking|i mean it)\b/;
const NOW_SETTLED = /\b(?:now (?:i|we) (?:have|own|run|am|are|got)|now i am (?:happy|fine|okay|ok|good|citizen|settled)|today i (?:have|own|am))\b/;
const STORY = /\b(?:romeo|juliet|hamlet|ophelia|macbeth|shakespeare|the (?:book|story|play|movie|film|novel|cartoon|fairy tale)|we read|reading|snow white|cleopatra)\b/;
const TEAM = /\b(?:team|club|match|lose|lost|losing|league|cup|goal|penalty|haha|lol|lmao)\b/;
const OWN_INTENT = /\b(?:kill myself|end my life|end it|not be here|overdose|pills|noose|gun|for real|not joking|seriously)\b/;
const WORK_ROLE = /\b(?:officer|guard|co|corrections|jail|prison|tier|unit|ward|wing|block|shift|nurse|checks|rounds)\b/;
const PROJECT = /\b(?:project|assignment|school|class|coursework|essay|presentation|homework|report|uni|university|college)\b/;
const PREVENTION = /\b(?:nets?|barriers?|fences?|railings?|going up|going down|rates?|numbers?|statistics|hotline|campaign|more police|cameras)\b/;
const SELF_TOLD = /\b(?:myself|i (?:self harm|cut|have been cutting|relapsed)|my own (?:self harm|cutting))\b/;

/** The sentence with the r29c grammar repairs and everyday uses rewritten into neutral words (the message decides the guards). */
export function r29Frames(sentence: string, message: string): string {
  let text = sentence.replace(DROPPED_S, (_, subject: string, verb: string) => `${subject} ${verb === 'try' ? 'tries' : /(?:ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`}`);
  // "tired tired tired of everything": a word said again and again for weight, read once.
  text = text.replace(/\b([a-z]{3,})(?: \1\b)+/g, '$1');
  // "old man next door said goodbye": a neighbour as the subject; "clock out at 0700": a clock time, not an age.
  text = text.replace(/\b(?:the )?(?:old |young |elderly )?(?:man|woman|lady|guy|couple|boy|girl|family) next door\b/g, 'the neighbour').replace(/\bat ([01]\d|2[0-3])([0-5]\d)\b/g, 'at the hour');
  // "at 84 I am only waiting to die": an elder's present age, not a past one ("at 15 I tried" stays past).
  text = text.replace(/\bat (?:age )?(?:[6-9]\d|1[01]\d)(?: years old)?(?: ,)? (?=(?:i am|now|i have|i feel|i just|i only|i pray|i want|i wish|i do not|i can not)\b)/g, 'at my age ');
  // "the beach where we used to go": a place remembered, not a past act.
  text = text.replace(/\b(where|that) (we|i|she|he|they) used to (go|walk|swim|sit|live|visit|fish|meet)\b/g, '$1 $2 $3');
  // "i cutted myself", "he hurted me": regular past forms of irregular verbs, read as the standard ones.
  text = text.replace(/\b(?:cutted|cuted)\b/g, 'cut').replace(/\bhurted\b/g, 'hurt').replace(/\b(?:drinked|drunked)\b/g, 'drank').replace(/\b(?:taked|tooked)\b/g, 'took').replace(/\bbuyed\b/g, 'bought').replace(/\bhided\b/g, 'hid').replace(/\b(?:gived|gaved)\b/g, 'gave').replace(/\bwrited\b/g, 'wrote').replace(/\bmy self\b/g, 'myself');
  // "that is my final post for today": the last post of a day, not a farewell.
  text = text.replace(/\b(?:last|final) (?:post|message|text|chat)(?: [a-z]+){0,2}? (?:for|of) (?:today|tonight|the day|the night|now|this week|the week|a while|this evening)\b/g, 'post for today');
  // "someone said theyre gonna kms": the slang "kms" read as "kill myself" belongs to the person who said it.
  text = text.replace(/\b((?:they|he|she) (?:are|is|were|was|will|would) (?:going to|gonna|about to|try to|trying to)) kill myself\b/g, '$1 kill themselves');
  // "I want to die for this team honestly haha": a fan's devotion (read before the intent guard, which it would trip).
  if (TEAM.test(message) && !OWN_INTENT.test(message)) text = text.replace(/\b(?:i )?(?:want to|wanna|would|could|will) die (?:for|over) (?:this|that|these|my|our|the) (?:team|club|side|lads|boys|girls|squad)\b/g, 'i love this team');
  // "when I first come to this country I wanted to die. now I have citizenship": a hard start told from a settled now (read before the intent guard, which it would trip).
  if (NOW_SETTLED.test(message) && !STILL.test(message)) text = text.replace(/\bwhen i (?:first )?(?:come|came|arrived|arrive|moved|got here|landed)(?: [a-z]+){0,4}? i (?:wanted to die|wanted to be dead|wanted to kill myself|was suicidal|thought about suicide)\b/g, 'the first years were hard');
  if (INTENT.test(message)) return text;
  // "putting my affairs in order because we move to Spain": papers for a move.
  if (MOVE.test(message)) text = text.replace(/\b(?:putting|put|got|getting|have|has|are|is)(?: (?:my|our|all my|all our))? (?:affairs|papers|paperwork|things) (?:are |is )?in order\b/g, 'doing the paperwork');
  // "the rope is ready for the goats", "the rope is tied to the tree for the swing", "my gun is ready for deer season": gear made ready for a named use.
  text = text.replace(/\b(?:the |my |a |our )?(?:rope|ropes|tent and the rope|gun|rifle|shotgun|bow)(?: is| are)? (?:all )?(?:ready|tied|set up|cleaned|packed|sighted in)(?: [a-z]+){0,4}? for (?:the |my |our )?(?:(?!final |last )[a-z]+ )?(?:goats?|cows?|calves|horses?|sheep|tent|trip|camping|climb|climbing|boat|move|swing|hike|tow|trailer|washing|deer|duck|pheasant|hunting|hunt|season|range|clays?|opening day|shoot|competition)\b/g, 'the gear is ready');
  // "bought a shotgun for clay pigeons": a gun for a named sport.
  text = text.replace(new RegExp(`\\b(?:bought|buying|buy|got|getting|borrowed|ordered) (?:a|an|my|the|his|her) (?:new |used |first )?(?:shotgun|rifle|gun|pistol|air rifle|bow|crossbow)(?: [a-z]+){0,3}? for ${SPORT}\\b`, 'g'), 'got gear for the sport');
  // "jumped in lava in minecraft … basically killed myself for nothing lol": the avatar dies.
  if (GAME_NAMED.test(message) && !REAL_LIFE.test(message)) text = text.replace(/\b(?:basically |literally |just |accidentally )?(?:killed|kill|killing) myself\b/g, 'lost my loot');
  // "my daughter ask me why he drink the poison" in Romeo and Juliet: a story's death explained.
  if (STORY.test(message)) text = text.replace(/\bwhy (?:he|she|they|romeo|juliet|the [a-z]+) (?:drink|drinks|drank|take|takes|took|swallow|swallowed|kill|kills|killed) (?:the |that )?(?:poison|himself|herself|themselves|the potion)\b/g, 'why the story ends so');
  // "inmate on suicide watch on my tier": a worker's charge.
  if (WORK_ROLE.test(message)) text = text.replace(/\b(?:inmates?|prisoners?|detainees?|patients?|residents?|clients?|a kid|kids|youths?) on suicide watch\b|\bsuicide watch (?:on|in) my (?:tier|unit|ward|wing|floor|block)\b/g, 'a charge on close watch');
  // "researching self harm recovery apps for a school project".
  if (PROJECT.test(message) && !SELF_TOLD.test(message)) text = text.replace(/\b(?:self harm|self injury|suicide prevention) (?:recovery |prevention |awareness |support |help )?(?:apps?|resources|charities|programmes?|programs?|websites?|tools)\b/g, 'mental health apps');
  // "news say suicides from the bridge going up so they put nets now": a news report of numbers and prevention.
  text = text.replace(/\b(?:the )?news (?:say|says|report|reports|tell|tells)\b/g, 'the news said');
  if (/\b(?:the news said|on the news|news report|article|headline)\b/.test(text) && PREVENTION.test(message) && !SELF_TOLD.test(message)) text = text.replace(/\bsuicides?(?: rates?| numbers?| deaths?)?\b/g, 'deaths');
  return text;
}
