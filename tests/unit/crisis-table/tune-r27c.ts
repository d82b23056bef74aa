/**
 * Round 27C, written blind on 2026-12-07 by a data writer who saw neither the rules nor other rows. 300 English late-night phone messages from adults aged 25-65 in outpatient therapy (120 C, 60 c, 20 o, 100 n), each tied to a life context such as divorce, layoff, DUI, chronic pain, dementia caregiving, pregnancy loss, an affair, gambling or a bereavement; crisis rows mostly use indirect or regional idiom, and benign rows reuse the same contexts and words.
 *
 * FIRST RUN (2026-12-07 20:30 UTC, before any change made for this batch; screen as on main after the r26 rounds and the
 * model retrained on them), measured once by
 *   npx tsx tests/unit/crisis-table/first-run.ts r27c
 * The honest generalization figure of the screen on messages nobody tuned on (two texts already in the table dropped).
 *
 * ### r27c: 298 rows (rules + model, then rules alone)
 *
 * | group | crisis recall | concern-or-crisis recall | false alarms | rules alone: crisis | rules alone: concern-or-crisis | rules alone: false alarms |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | **all** | 0.74 (89/120) | 0.78 (155/199) | 0.12 (12/99) | 0.51 (61/120) | 0.55 (109/199) | 0.09 (9/99) |
 * | en | 0.74 (89/120) | 0.78 (155/199) | 0.12 (12/99) | 0.51 (61/120) | 0.55 (109/199) | 0.09 (9/99) |
 * | abuse | 0.83 (10/12) | 0.92 (11/12) | – | 0.75 (9/12) | 0.75 (9/12) | – |
 * | burden | – | 0.71 (5/7) | – | – | 0.43 (3/7) | – |
 * | everyday | – | – | 0.00 (0/12) | – | – | 0.00 (0/12) |
 * | farewell | 0.63 (5/8) | 0.75 (6/8) | – | 0.25 (2/8) | 0.38 (3/8) | – |
 * | figurative | – | – | 0.22 (2/9) | – | – | 0.22 (2/9) |
 * | gaming | – | – | 0.00 (0/6) | – | – | 0.00 (0/6) |
 * | giving | 0.83 (5/6) | 0.83 (5/6) | – | 0.67 (4/6) | 0.67 (4/6) | – |
 * | harm | 0.67 (8/12) | 0.67 (8/12) | – | 0.33 (4/12) | 0.33 (4/12) | – |
 * | hopeless | – | 0.90 (9/10) | – | – | 0.30 (3/10) | – |
 * | intent | 0.86 (12/14) | 0.86 (12/14) | – | 0.64 (9/14) | 0.71 (10/14) | – |
 * | lyrics | – | – | 0.00 (0/5) | – | – | 0.00 (0/5) |
 * | means | 0.80 (8/10) | 0.80 (8/10) | – | 0.60 (6/10) | 0.60 (6/10) | – |
 * | media | – | – | 0.20 (1/5) | – | – | 0.20 (1/5) |
 * | medical | – | – | 0.13 (1/8) | – | – | 0.13 (1/8) |
 * | method | 0.67 (6/9) | 0.67 (6/9) | – | 0.67 (6/9) | 0.67 (6/9) | – |
 * | near-miss | – | – | 0.23 (3/13) | – | – | 0.08 (1/13) |
 * | negation | – | – | 0.17 (1/6) | – | – | 0.00 (0/6) |
 * | news | – | – | 0.40 (2/5) | – | – | 0.40 (2/5) |
 * | others | – | 0.85 (17/20) | – | – | 0.60 (12/20) | – |
 * | overdose | 0.58 (7/12) | 0.58 (7/12) | – | 0.42 (5/12) | 0.42 (5/12) | – |
 * | pain | – | 0.63 (5/8) | – | – | 0.38 (3/8) | – |
 * | plan | 0.56 (5/9) | 0.56 (5/9) | – | 0.22 (2/9) | 0.22 (2/9) | – |
 * | prep | 0.88 (7/8) | 0.88 (7/8) | – | 0.38 (3/8) | 0.63 (5/8) | – |
 * | recovered | – | – | 0.17 (1/6) | – | – | 0.17 (1/6) |
 * | research | – | – | 0.20 (1/5) | – | – | 0.20 (1/5) |
 * | selfharm | 1.00 (11/11) | 0.95 (18/19) | – | 0.73 (8/11) | 0.74 (14/19) | – |
 * | session | – | – | 0.00 (0/8) | – | – | 0.00 (0/8) |
 * | sports | – | – | 0.00 (0/5) | – | – | 0.00 (0/5) |
 * | thoughts | – | 1.00 (8/8) | – | – | 1.00 (8/8) | – |
 * | timing | 0.56 (5/9) | 0.56 (5/9) | – | 0.33 (3/9) | 0.33 (3/9) | – |
 * | trapped | – | 0.63 (5/8) | – | – | 0.38 (3/8) | – |
 * | wish | – | 0.80 (8/10) | – | – | 0.60 (6/10) | – |
 * | work | – | – | 0.00 (0/6) | – | – | 0.00 (0/6) |
 */
import type { RowInput } from './rows';

type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

export const ROWS_27C: ReadonlyArray<readonly [Lang, RowInput]> = [
  ['en', ["tonite's the night. sorry to whoever reads this", 'C', 'timing']],
  ['en', ["Can we move Thursday's session to 4pm? Actually never mind, it doesn't matter, I won't be here by Thursday. The judge gave her full custody today and I've made my peace with what I'm going to do.", 'C', 'intent']],
  ['en', ["I'm done being a problem for everyone. Finishing it tonight.", 'C', 'intent']],
  ['en', ["Sorry for the late message, can't sleep again. The anniversary is Sunday and I've decided Sunday is when I go too. Feels right that it's the same day.", 'C', 'timing']],
  ['en', ["im going to do myself in tonight, no more debt letters", 'C', 'intent']],
  ['en', ["Thanks for last week, the breathing stuff was useful. But I've decided. Once Dad's settled into the care home on Friday I'm ending things, he won't even remember me anyway.", 'C', 'intent']],
  ['en', ["After the kids go back to their mum's Sunday, I'm ending it.", 'C', 'timing']],
  ['en', ["Lost the last of the business account at the casino tonight, about 40k gone. There's no fixing this and I'm not waiting around for the bailiffs. I'll be dead before morning.", 'C', 'intent']],
  ['en', ["I'm cooked mate. Pulling the pin on life tonight", 'C', 'intent']],
  ['en', ["Do you work weekends? Just wondering who'll read this. The licence hearing is at 10 tomorrow and I won't be at it, I'm going tonight after everyone's asleep.", 'C', 'timing']],

  ['en', ["Ive looked into how much of my meds it would take", 'C', 'method']],
  ['en', ["Been hoarding my oxy since the pain clinic cut me back. Got about 60 in the sock drawer now, which from what I read is more than enough. That's my exit when the next flare comes.", 'C', 'means']],
  ['en', ["I keep driving past the overpass and slowing down, picking the spot", 'C', 'method']],
  ['en', ["My husband's shotgun is still in the garage since he left. I got the key to the cabinet off his brother today. I know exactly what I'm going to do with it.", 'C', 'means']],
  ['en', ["Bought a rope at bunnings today. not for camping", 'C', 'means']],
  ['en', ["Session was fine I guess. Afterwards I sat in the car in the garage with the engine running to see what it felt like. Next time I'm not turning it off.", 'C', 'method']],
  ['en', ["Worked out the dose. Insulin, all of it, tonight.", 'C', 'method']],
  ['en', ["I've got the pills lined up on the bathroom counter, Dad's dementia meds and my own. I keep counting them. There's enough there, I checked online.", 'C', 'means']],
  ['en', ["the bridge on the M50 is high enough, I checked", 'C', 'method']],
  ['en', ["Filled my prescription at two different chemists so nobody would notice. Both bottles are in my bag now. Just waiting till the house is quiet.", 'C', 'means']],

  ['en', ["The insurance pays out either way, I checked the clause", 'C', 'plan']],
  ['en', ["I've figured it out. Tomorrow I drive to the cliffs near where we scattered my sister's ashes, and that's it. I've booked the B&B for one night only.", 'C', 'plan']],
  ['en', ["Updated my will and left her the passwords. Won't need them after Friday.", 'C', 'prep']],
  ['en', ["Can you tell me if the notes from our sessions get shared with family after someone dies? Asking because I've got everything else sorted, the will, the dog's new home, the letter. Just tying up loose ends.", 'C', 'prep']],
  ['en', ["Hotel booked Friday, one night, all my pills packed. No checkout.", 'C', 'plan']],
  ['en', ["The stillbirth was six months ago today. I've worked it out, I'm going to take everything in the cupboard at the cemetery next to her. I want to be with her.", 'C', 'plan']],
  ['en', ["cancelled the gym, phone, the lot. wont need any of it after tonight", 'C', 'prep']],
  ['en', ["Spent the evening writing out instructions for my wife on the bills and the pension. She doesn't know why. After the redundancy the only useful thing left is making it easy for her when I'm gone this week.", 'C', 'prep']],
  ['en', ["Making it look like a car accident so the kids get the payout", 'C', 'plan']],
  ['en', ["Since the affair came out I've planned it properly. Friday when he's on nights, I'll do it in the bath. He deserves to be the one who finds me.", 'C', 'plan']],

  ['en', ["I wrote the kids a letter. It's in the glovebox.", 'C', 'farewell']],
  ['en', ["Just wanted to say thank you for everything these past months, you tried really hard with me. This is the last time I'll message. Please don't blame yourself.", 'C', 'farewell']],
  ['en', ["Tell my sister I'm sorry for what I'm about to do. Goodbye.", 'C', 'farewell']],
  ['en', ["Rang Mum tonight and told her I love her, first time in years. She thought it was sweet. She doesn't know it was goodbye.", 'C', 'farewell']],
  ['en', ["Gave my tools to my brother. Won't need them where I'm going.", 'C', 'giving']],
  ['en', ["Dropped the dog at my neighbour's for good today and gave away my golf clubs. Told everyone I'm moving. I'm not moving, I just won't be here after the weekend.", 'C', 'giving']],
  ['en', ["sold the car, son gets the cash. last thing before i go", 'C', 'giving']],
  ['en', ["Not sure if you'll see this before Thursday. If you do, thank you for listening about Liam and the overdose. I'm going to go and find him now.", 'C', 'farewell']],
  ['en', ["Signed the house over to her. I'm out of the picture after tonight.", 'C', 'giving']],
  ['en', ["Posted my medals to my grandson and my watch to my daughter today. Retirement's just me and the four walls. They'll have something to remember me by when I'm gone this weekend.", 'C', 'giving']],

  ['en', ["Just cut again and it won't stop bleeding, soaked two towels", 'C', 'selfharm']],
  ['en', ["Sorry, I know it's late. I burned my arm with the lighter again about ten minutes ago and it's blistering really badly. I don't want to go to A&E because they'll know.", 'C', 'selfharm']],
  ['en', ["cut deeper than i meant to, can see fat", 'C', 'selfharm']],
  ['en', ["Did the worksheet from last session, sort of. Then I cut my thighs with a razor blade and it's still bleeding through my jeans. Feels like I deserved it after court today.", 'C', 'selfharm']],
  ['en', ["Punched the wall till my hand broke, can't move my fingers", 'C', 'selfharm']],
  ['en', ["I'm sitting in the bath with the blade right now. There's already a lot of blood in the water. I just needed to tell someone.", 'C', 'selfharm']],
  ['en', ["i'm cutting right now, can't stop", 'C', 'selfharm']],
  ['en', ["Hit my head against the doorframe over and over after the call from the bank. Now I'm dizzy and I've been sick twice. Is that bad?", 'C', 'selfharm']],
  ['en', ["Tied the belt round my neck for a bit just now. Still got marks.", 'C', 'selfharm']],
  ['en', ["The urge won tonight. Cut along the old scars on my wrist and it's gaping open. I think it needs stitches but I'm just sat here watching it.", 'C', 'selfharm']],

  ['en', ["Took the whole box of Mum's sleeping tablets twenty minutes ago", 'C', 'overdose']],
  ['en', ["Had a few drinks after hearing the DUI verdict. Then I took about thirty paracetamol, maybe an hour ago. I feel fine so maybe it didn't work?", 'C', 'overdose']],
  ['en', ["swallowed all my gabapentin. getting sleepy now", 'C', 'overdose']],
  ['en', ["Weird question, does anyone read these at night? I took my whole month of sertraline and some of my husband's tramadol. My heart is racing really fast.", 'C', 'overdose']],
  ['en', ["took the lot of my pills. just wanted someone to know", 'C', 'overdose']],
  ['en', ["It's the anniversary of the stillbirth and I couldn't face it. I've taken all the codeine from after my c-section and half a bottle of wine. Everything's going a bit blurry.", 'C', 'overdose']],
  ['en', ["I've taken 40 of my lithium. Room spinning, cant type proprly", 'C', 'overdose']],
  ['en', ["Mixed Dad's donepezil and my own diazepam, a whole strip of each. I just want to sleep and not wake up. Sorry for bothering you.", 'C', 'overdose']],
  ['en', ["Popped everything in the medicine cabinet about an hour ago", 'C', 'overdose']],
  ['en', ["Same stuff my brother OD'd on, I got it off his mate. Took it all tonight. Now I'll know what he felt.", 'C', 'overdose']],

  ['en', ["If her new bloke shows at the handover I'm putting him in the ground", 'C', 'harm']],
  ['en', ["The lawyer says I'll lose the kids. If that happens I'm taking them with me, I won't let her have them. I've thought about how.", 'C', 'harm']],
  ['en', ["Going round to my boss's house tonight with the crowbar", 'C', 'harm']],
  ['en', ["Found the texts. I know where he lives, the guy she's been sleeping with. I'm sitting outside his house right now with a knife in my jacket.", 'C', 'harm']],
  ['en', ["I'm going to hurt Mum tonight, I can't take her screaming anymore", 'C', 'harm']],
  ['en', ["The bookie who kept extending my credit is going to pay. I've got his address and a can of petrol in the car. Tonight.", 'C', 'harm']],
  ['en', ["gonna run that drunk driver off the road like he did my wife", 'C', 'harm']],
  ['en', ["My dad with dementia hit me again today. I held a pillow over his face for a second tonight and I think I'll do it properly when he's asleep.", 'C', 'harm']],
  ['en', ["I'll shoot my ex and then myself, I've decided", 'C', 'harm']],
  ['en', ["My old business partner took everything. I've got his kids' school times written down. He's going to feel what I feel.", 'C', 'harm']],

  ['en', ["He's smashing things downstairs and says he'll kill me when he comes up", 'C', 'abuse']],
  ['en', ["I'm hiding in the bathroom with the baby. He found out about my affair and he's kicking the door. I can't get to my charger and I'm on 3%.", 'C', 'abuse']],
  ['en', ["he's choking me every night now, did it again 10 min ago", 'C', 'abuse']],
  ['en', ["Sorry to bring this up after last session, but she's back at the house right now screaming. She hit me with the kettle and my son saw. I'm locked in the car outside.", 'C', 'abuse']],
  ['en', ["My son takes my pension and hits me if I refuse. He's here now.", 'C', 'abuse']],
  ['en', ["The carer at Mum's home is rough with her, I saw bruises today. Tonight I can hear him on the video call shouting and something being thrown. Mum's crying.", 'C', 'abuse']],
  ['en', ["he's outside the door with a knife, i'm on the floor", 'C', 'abuse']],
  ['en', ["My husband found out how much I lost gambling. He's got my phone, this is the ipad. He's dragged me by the hair twice tonight and says he's not finished.", 'C', 'abuse']],
  ['en', ["Ex broke in, he's in the house now, I'm in the wardrobe", 'C', 'abuse']],
  ['en', ["Since I lost my job he's been controlling the money. Tonight he locked me out on the balcony in the cold and won't let me back in. It's been three hours.", 'C', 'abuse']],

  ['en', ["I'm not able for this anymore, going to end it tonight", 'C', 'intent']],
  ['en', ["Ag, I'm finished with all of it. The business is gone, the house is going, and I'm going to end things now-now. Please don't phone my wife.", 'C', 'intent']],
  ['en', ["I will end my life tonight only, kindly inform no one", 'C', 'intent']],
  ['en', ["Sorry for the long msg. I dont want to be here anymore and Ive decided how. The train line behind the estate, the 11:40 freight doesnt stop.", 'C', 'plan']],
  ['en', ["Making sure I don't wake up tomorrow, it's all sorted", 'C', 'intent']],
  ['en', ["Can I ask what happens with my sessions when the funding runs out in January? Doesn't matter really. I'll be gone well before Christmas, I've picked the date.", 'C', 'timing']],
  ['en', ["Gonna walk into the sea at Bondi tonite", 'C', 'method']],
  ['en', ["Know how you said to notice my triggers? Well I noticed I've been googling how long it takes to drown. I'm going to the lake after work tomorrow and not coming back.", 'C', 'method']],
  ['en', ["Got the charcoal and the tape, car's in the lock-up", 'C', 'means']],
  ['en', ["Everyone says it'll get better after the divorce is final. It won't for me, because I'm not going to be here to see it. I'm making sure of that this weekend.", 'C', 'intent']],

  ['en', ["Back door's unlocked so they won't have to break in to find me", 'C', 'prep']],
  ['en', ["I've cleaned the whole flat and put clean sheets on. Fed the cat extra and left the bowl full. Just want it nice for whoever finds me.", 'C', 'prep']],
  ['en', ["Love you all. Sorry for the mess. Bye x", 'C', 'farewell']],
  ['en', ["I've scheduled emails to go out to my kids tomorrow morning. By the time they read them it'll be done. Thank you for trying, genuinely.", 'C', 'farewell']],
  ['en', ["Ending it when the clock hits midnight", 'C', 'timing']],
  ['en', ["Funny how the date lines up, two years since Ciara died from the overdose, same night. I've still got her leftover stuff. I'm using it at midnight.", 'C', 'timing']],
  ['en', ["I've got his gun in my lap right now", 'C', 'means']],
  ['en', ["Went to the hardware shop and bought what I need. Told the guy it was for the shed. It's in the boot now and I'm parked up at the reservoir.", 'C', 'means']],
  ['en', ["Planning my own death for the day after Dad's funeral", 'C', 'plan']],
  ['en', ["After the bankruptcy hearing Tuesday I'm checking into a hotel, paying cash. I've written down what I'll take and in what order. Nobody will know where I am.", 'C', 'plan']],

  ['en', ["Scratched my arms raw with a fork again, it's bleeding a lot", 'C', 'selfharm']],
  ['en', ["Can you let my therapist know I won't make Monday? I took a load of my pain pills with vodka about half an hour ago. I'm not calling anyone.", 'C', 'overdose']],
  ['en', ["Tonight I stop being a burden for good", 'C', 'intent']],
  ['en', ["You asked last week what keeps me going. Honestly it was the grandkids, but they've moved to Perth now. So I'm stopping, I've decided, this week.", 'C', 'intent']],
  ['en', ["Standing on the edge of the car park roof now. Not stepping back.", 'C', 'method']],
  ['en', ["I'm on the ledge of the bridge over the motorway. The traffic looks small from here. Don't try and talk me down, I just wanted someone to know.", 'C', 'method']],
  ['en', ["I'm going to drive into her car with her in it", 'C', 'harm']],
  ['en', ["Sorry if this is the wrong place. My dad is hitting my mum in the kitchen right now and I'm 40 and still can't stop him. I'm scared he'll kill her tonight.", 'C', 'abuse']],
  ['en', ["took all the insulin. shaky and sweating, sry for typos", 'C', 'overdose']],
  ['en', ["Gave my wedding ring to my daughter tonight and told her to keep it safe. She asked why and I said I just wanted her to have it now. I won't be needing it after tonight.", 'C', 'giving']],

  ['en', ["Sorted who gets the dog when I'm gone. Last loose end.", 'C', 'prep']],
  ['en', ["I paid off the last of the credit card with the redundancy money so nobody inherits debt. The life policy is in the drawer with a note. Everything's in order for when I go tomorrow.", 'C', 'prep']],
  ['en', ["wont be alive by morning, made sure of it", 'C', 'timing']],
  ['en', ["Please cancel all my future sessions. I'm going on the anniversary of the crash, Saturday, same road. It's only fair.", 'C', 'timing']],
  ['en', ["Got the rope over the beam in the garafe", 'C', 'means']],
  ['en', ["I kept back Dad's morphine when he was in hospice and never handed it in. Tonight I got it down from the loft. It's on the kitchen table in front of me.", 'C', 'means']],
  ['en', ["This is my last message to anyone. Thank you.", 'C', 'farewell']],
  ['en', ["The guy who caused the crash got off with a fine. I know where he drinks. I'm going down there with the hammer tonight and he won't walk out.", 'C', 'harm']],
  ['en', ["she's hitting me with the belt again right now", 'C', 'abuse']],
  ['en', ["Lost the licence today so I've lost the job too. Done. I'm going to finish what I started last year, and properly this time. It's the only thing left I can control.", 'C', 'intent']],

  ['en', ["Wouldn't mind if I just didn't wake up tomorrow", 'c', 'wish']],
  ['en', ["Is it normal to feel flat after the session where we did the timeline? I keep thinking it'd be easier if I just didn't wake up. Not going to do anything, just tired of it all.", 'c', 'wish']],
  ['en', ["There's no version of this where it gets better", 'c', 'hopeless']],
  ['en', ["The debt collector rang three times today. I've done the budgets you suggested but the numbers never work. I honestly can't see a future where I'm not drowning.", 'c', 'hopeless']],
  ['en', ["The kids would be better off with just her", 'c', 'burden']],
  ['en', ["Mum needs more care than I can give and my wife is exhausted from covering for me. I feel like the only thing I add to this house is stress. Everyone would be lighter without me in it.", 'c', 'burden']],
  ['en', ["No way out of this debt, I'm stuck forever", 'c', 'trapped']],
  ['en', ["Can't leave the marriage because of the kids and can't stay because of what he did. Every door's locked. I feel like I'm suffocating in my own house.", 'c', 'trapped']],
  ['en', ["The pain in my back makes me want to not exist", 'c', 'pain']],
  ['en', ["Third night without sleep because of the nerve pain. I've tried everything the pain clinic gave me. Some nights I think if this is the rest of my life I don't want it.", 'c', 'pain']],

  ['en', ["Had thoughts about ending it again today, no plan though", 'c', 'thoughts']],
  ['en', ["Can I bring something up next session? Since the stillbirth I've been having thoughts about dying, they just pop in. I haven't planned anything, it just scares me.", 'c', 'thoughts']],
  ['en', ["Really want to cut tonight, holding off for now", 'c', 'selfharm']],
  ['en', ["The urge to hurt myself has been loud all evening since I found the messages on his phone. I put the razors in the car so they're not in the house. Not sure how long that'll hold.", 'c', 'selfharm']],
  ['en', ["Sometimes I hope the plane goes down on the way to the hearing", 'c', 'wish']],
  ['en', ["When I drive past the overpass I sometimes think it wouldn't be the worst thing if a truck hit me. I'd never do it myself. It's just there, the thought.", 'c', 'wish']],
  ['en', ["Whats the point anymore. Nothing's ever going to change for me", 'c', 'hopeless']],
  ['en', ["Retired in March and thought I'd enjoy it. Now it's just me and the telly and nobody rings. I don't see what's left to look forward to, honestly.", 'c', 'hopeless']],
  ['en', ["I'm just dead weight on my family since the layoff", 'c', 'burden']],
  ['en', ["My daughter gives up her weekends to drive me around since the DUI. I can see how tired she is. I'm nothing but a burden to her and she'd be better off if I wasn't around.", 'c', 'burden']],

  ['en', ["Feel like I'm in a hole I'll never climb out of", 'c', 'trapped']],
  ['en', ["The business went under owing everyone, including my own brother. I can't face anyone and I can't leave the house. It feels like a cage and there's no key.", 'c', 'trapped']],
  ['en', ["I can't take this pain much longer, honestly", 'c', 'pain']],
  ['en', ["Two years of the fibro now and the doctors have given up on me. I can't work, can't lift my grandson. I don't know how much more of this I can bear.", 'c', 'pain']],
  ['en', ["Suicidal thoughts are back since the anniversary. No plans, just there.", 'c', 'thoughts']],
  ['en', ["Quick one, I forgot to mention in session that the dark thoughts came back. The ones about not being here. I'm safe, I just didn't want to keep it from you.", 'c', 'thoughts']],
  ['en', ["itching to scratch my arms again. haven't yet", 'c', 'selfharm']],
  ['en', ["Lost another grand on the slots tonight. My first thought was to burn myself like I used to. I'm sitting on my hands trying not to.", 'c', 'selfharm']],
  ['en', ["Wish I'd died in that car instead of getting a DUI", 'c', 'wish']],
  ['en', ["I keep wishing I'd been the one to overdose instead of my brother. He had kids, I don't. It would make more sense if it were me.", 'c', 'wish']],

  ['en', ["Nothing left worth getting up for since she left", 'c', 'hopeless']],
  ['en', ["Do people actually get better from this? Because eight months of sessions and I'm worse than when I started. I've stopped believing there's anything on the other side.", 'c', 'hopeless']],
  ['en', ["everyone would be better off without me tbh", 'c', 'burden']],
  ['en', ["Mum doesn't even know who I am anymore and my husband is carrying everything. I'm useless to all of them. I feel like I'm just taking up space.", 'c', 'burden']],
  ['en', ["Can't escape the debt or my own head", 'c', 'trapped']],
  ['en', ["He knows I had the affair and now he holds it over me every day. I can't leave because he'll take the house and the kids. I feel completely trapped and I can't breathe.", 'c', 'trapped']],
  ['en', ["The grief is physical, I can't stand another day of it", 'c', 'pain']],
  ['en', ["The migraines are every day now and nothing touches them. I told the GP I can't go on like this and she just upped the dose. I meant it more than she realised.", 'c', 'pain']],
  ['en', ["Keep thinking about dying when I'm at the cemetery", 'c', 'thoughts']],
  ['en', ["I haven't told anyone this, but since the layoff I think about suicide most days. Not doing anything about it. It's like background noise.", 'c', 'thoughts']],

  ['en', ["The urge to hurt myself is really strong tonight", 'c', 'selfharm']],
  ['en', ["Can we talk about the self-harm stuff on Tuesday? The urges are back since the custody papers arrived. I've been holding ice cubes like you said but it's barely working.", 'c', 'selfharm']],
  ['en', ["I'd be fine if I got hit by a bus honestly", 'c', 'wish']],
  ['en', ["Lying here thinking if I got a bad diagnosis tomorrow I'd be relieved, not scared. That's probably not normal. I just want it all to stop.", 'c', 'wish']],
  ['en', ["I've ruined everything and it can't be fixed", 'c', 'hopeless']],
  ['en', ["Gambled away the deposit for the house we were saving for. My wife doesn't know yet. There's no coming back from this, I've wrecked our whole future.", 'c', 'hopeless']],
  ['en', ["I'm a drain on the NHS and on my kids", 'c', 'burden']],
  ['en', ["My son has to help me in the toilet now since the stroke. It's humiliating for both of us. I hate that I'm still here taking from him.", 'c', 'burden']],
  ['en', ["Stuck caring for Dad with no end in sight, can't breathe", 'c', 'trapped']],
  ['en', ["Every option I look at ends badly. Bankruptcy, losing the house, moving back in with my parents at 52. I feel like the walls are closing in and there's no way out.", 'c', 'trapped']],

  ['en', ["I can't live with this pain. I really can't.", 'c', 'pain']],
  ['en', ["The CRPS flared so badly today I was screaming in the shower. I don't want to keep living in this body. I'm not going to do anything but I needed to say it.", 'c', 'pain']],
  ['en', ["Thinking about not being here a lot lately", 'c', 'thoughts']],
  ['en', ["I don't know if this counts as suicidal. I sometimes picture my funeral and who would come. It's happening more since the divorce papers.", 'c', 'thoughts']],
  ['en', ["wanna bang my head on the wall again, fighting it", 'c', 'selfharm']],
  ['en', ["Since the miscarriage I've had this urge to hurt myself, like to punish my body. I haven't done it. Should I tell the midwife or just you?", 'c', 'selfharm']],
  ['en', ["Part of me hopes the cancer scan comes back bad", 'c', 'wish']],
  ['en', ["It's the fifth anniversary of the attack. I wish I hadn't survived it, honestly. Everything since has been borrowed time I didn't ask for.", 'c', 'wish']],
  ['en', ["i'm 58, bankrupt, alone. what's the point of any of it", 'c', 'hopeless']],
  ['en', ["We lost the baby at 38 weeks and everyone's moved on but me. I don't think I'll ever feel anything good again. I'm just existing.", 'c', 'hopeless']],

  ['en', ["My brother said tonight he's going to end it after the custody ruling", 'o', 'others']],
  ['en', ["Not about me this time. My dad's been giving his stuff away since Mum went into the home, and he told me he won't be around much longer. What do I do?", 'o', 'others']],
  ['en', ["My wife has been cutting herself since the miscarriage, I found blood", 'o', 'others']],
  ['en', ["Can we use my session Thursday to talk about my son? He texted me a goodbye message an hour ago and now his phone is off. I've called the police but I'm shaking.", 'o', 'others']],
  ['en', ["My mate's got a rope in his ute and says he's done", 'o', 'others']],
  ['en', ["My sister took a load of pills after her husband's affair came out. She's in the ED now. I don't know how to be there for her without falling apart.", 'o', 'others']],
  ['en', ["Dad keeps saying the insurance would sort us out if he was gone", 'o', 'others']],
  ['en', ["My business partner sent a weird email to all of us tonight, thanking us and saying sorry. We went bust last week. I think he means to kill himself.", 'o', 'others']],
  ['en', ["My ex told the kids she wants to die. They're terrified.", 'o', 'others']],
  ['en', ["Since my brother's overdose, my nephew keeps saying he wants to join his dad. He's 16. He showed me cuts on his arm today.", 'o', 'others']],

  ['en', ["A client at work told me she's stockpiling her pills", 'o', 'others']],
  ['en', ["Sorry to message out of hours. My mother with dementia keeps trying to walk into the road and says she wants to die. Is that the dementia or is she actually suicidal?", 'o', 'others']],
  ['en', ["Think my husband's planning to kill himself over the gambling debt", 'o', 'others']],
  ['en', ["My best friend lost his licence and his job in the same week. Tonight he said the overpass looks tempting and laughed. I didn't laugh.", 'o', 'others']],
  ['en', ["my daughter's been googling overdose amounts, found it on the ipad", 'o', 'others']],
  ['en', ["Our neighbour, retired and living alone, told me over the fence he's got his late wife's pills saved 'for when I'm ready'. He seemed calm about it. Should I tell someone?", 'o', 'others']],
  ['en', ["My sponsor relapsed and says he wants to die", 'o', 'others']],
  ['en', ["A woman in my stillbirth support group posted a goodbye in the group chat. Nobody's heard from her since. Who do I even call?", 'o', 'others']],
  ['en', ["Colleague said he'd rather be dead than face the layoff", 'o', 'others']],
  ['en', ["My dad keeps slowing the car at the bridge when I'm with him and saying 'one day'. He's been low since the business failed. I'm scared to leave him on his own.", 'o', 'others']],

  ['en', ["This divorce is killing me, the lawyer's fees alone", 'n', 'figurative']],
  ['en', ["Can we move Thursday's session to 4pm? I've got the custody mediation at 2 and it might run over. Thanks for being flexible.", 'n', 'session']],
  ['en', ["I'd kill for a decent night's sleep", 'n', 'figurative']],
  ['en', ["The overpass on my commute is closed again for roadworks. Took me an extra hour tonight, I was ready to scream. Anyway, home now, having tea.", 'n', 'everyday']],
  ['en', ["Life insurance renewal came through, premium's gone up again", 'n', 'everyday']],
  ['en', ["Writing a letter to the kids for camp tonight, they love getting post. Tried to make it funny. Is it weird that I'm more nervous than they are?", 'n', 'everyday']],
  ['en', ["Nurse asked if I've had thoughts of harming myself. I haven't.", 'n', 'medical']],
  ['en', ["Just finished that film about the woman whose husband takes his own life. Really moving, it made me think about how grief works. Would it be useful to talk about it Thursday?", 'n', 'media']],
  ['en', ["Two years since my relapse and I'm doing well now", 'n', 'recovered']],
  ['en', ["Looking back, the night I took the overdose in 2019 was the lowest point of my life. I'm genuinely in a different place now, new job, sleeping well. I don't feel anything like that anymore.", 'n', 'recovered']],

  ['en', ["Died to the same boss 30 times, I'm going to throw my controller", 'n', 'gaming']],
  ['en', ["Stayed up too late playing again. My squad got wiped in the last circle and I took out the whole other team with one grenade. Need to sleep, session tomorrow.", 'n', 'gaming']],
  ['en', ["Arsenal are killing me this season, honestly", 'n', 'sports']],
  ['en', ["The Springboks absolutely murdered them tonight. My dad would have loved it, first game I've watched since he passed. Felt good, actually.", 'n', 'sports']],
  ['en', ["Can't get that Hozier song out of my head, the sad one", 'n', 'lyrics']],
  ['en', ["There's a Radiohead song about not being here that I used to play on repeat when I was low. Heard it in the supermarket today and just smiled. I've come a long way.", 'n', 'lyrics']],
  ['en', ["Saw the news about the bridge suicides, they're putting up barriers", 'n', 'news']],
  ['en', ["Read an article tonight about rising suicide rates among farmers after the drought. It's sad but I'm glad it's getting talked about. My uncle was a farmer.", 'n', 'news']],
  ['en', ["For my nursing essay, what's the difference between ideation and intent?", 'n', 'research']],
  ['en', ["I'm a paramedic and tonight's shift had two overdoses back to back. I'm fine, just wired and can't sleep. Might bring it up in supervision rather than here.", 'n', 'work']],

  ['en', ["I'm not going to hurt myself, I'm just really angry at him", 'n', 'negation']],
  ['en', ["I know I said last week I felt low, but I want to be clear I'm not suicidal. I'd never do that to my kids. I just need help with the sleep.", 'n', 'negation']],
  ['en', ["Dropped my phone off the balcony, nearly went over the rail grabbing it", 'n', 'near-miss']],
  ['en', ["Nearly had an accident on the motorway tonight, some idiot cut across three lanes. My heart is still going. Glad I'm home safe.", 'n', 'near-miss']],
  ['en', ["The gas bill is going to be the death of me", 'n', 'figurative']],
  ['en', ["My mother-in-law is staying for two weeks and I'm ready to jump off a cliff. Kidding, obviously. But can we please talk boundaries in session.", 'n', 'figurative']],
  ['en', ["Dying to know what the judge decides tomorrow", 'n', 'figurative']],
  ['en', ["Is it okay to record our sessions on my phone? I want to listen back on the commute. The bits about the custody stuff go right out of my head.", 'n', 'session']],
  ['en', ["What should I bring to Thursday's session, the grief journal?", 'n', 'session']],
  ['en', ["Last session was heavy, talking about the stillbirth. I cried all the way home but I feel lighter today. Thanks for holding that.", 'n', 'session']],

  ['en', ["Cleared out Dad's wardrobe today, gave his coats to the charity shop", 'n', 'everyday']],
  ['en', ["Finally sorted my will now that the divorce is final. The solicitor said everyone should do it after a big life change. Feels very grown up.", 'n', 'everyday']],
  ['en', ["Sold my golf clubs, can't afford the membership since the layoff", 'n', 'everyday']],
  ['en', ["Gave my old guitar to my nephew today. He's been learning for a year and I never play it anymore. His face was worth it.", 'n', 'everyday']],
  ['en', ["Got the redundancy letter today. Gutted but I'll survive.", 'n', 'work']],
  ['en', ["The new job interview is tomorrow at 9. I've ironed my shirt and practised the answers you suggested. Wish me luck.", 'n', 'work']],
  ['en', ["How much paracetamol is safe in 24 hours for my back?", 'n', 'medical']],
  ['en', ["My GP wants to switch me from sertraline to mirtazapine. Will I put on weight? And is it okay to have a glass of wine with it?", 'n', 'medical']],
  ['en', ["Is it normal for pregabalin to make you dizzy?", 'n', 'medical']],
  ['en', ["The nurse at the pain clinic asked me the suicide screening questions today. I answered honestly, all no. Is that something they ask everyone?", 'n', 'medical']],

  ['en', ["Reading 'A Little Life', it's brutal but brilliant", 'n', 'media']],
  ['en', ["Watched 13 Reasons Why with my teenage daughter so I could talk to her about it. It opened up a good conversation. Should I be worried it might give her ideas?", 'n', 'media']],
  ['en', ["That Dead Poets Society scene still wrecks me", 'n', 'media']],
  ['en', ["Book club picked The Virgin Suicides this month. I'm a bit nervous given my brother, but I think I can handle it. I'll bail if it gets too much.", 'n', 'media']],
  ['en', ["Listening to Adele at 2am, crying in a good way", 'n', 'lyrics']],
  ['en', ["Someone at karaoke sang 'Hurt' by Johnny Cash and I had to step outside. Not in a bad way, it just reminded me of Dad. Went back in and sang Abba.", 'n', 'lyrics']],
  ['en', ["Horrible news about that stabbing in town tonight", 'n', 'news']],
  ['en', ["The local paper did a piece on the man who drove off the overpass last year. Turns out it was a medical episode, not deliberate. Sad either way.", 'n', 'news']],
  ['en', ["I'm writing a grant on suicide prevention in older men", 'n', 'research']],
  ['en', ["I'm a researcher looking at gambling harm and suicide risk. Do you know any good papers on debt as a predictor? Asking for work, I'm fine.", 'n', 'research']],

  ['en', ["My sims keep dying in fires, what am I doing wrong lol", 'n', 'gaming']],
  ['en', ["Spent the evening on Elden Ring with my son. I kept jumping off cliffs by accident and he laughed so hard he cried. Best night we've had since the divorce.", 'n', 'gaming']],
  ['en', ["Shot myself in the foot with that fantasy league trade", 'n', 'sports']],
  ['en', ["Marathon training is going well, ran 18 miles today. My knees are killing me but the physio says that's normal. It's keeping me sane through the custody stuff.", 'n', 'sports']],
  ['en', ["Five years clean today. Never thought I'd see it.", 'n', 'recovered']],
  ['en', ["Two years ago I was in hospital after trying to end it. Today I took my granddaughter to the zoo. I wanted you to know I'm still glad I'm here.", 'n', 'recovered']],
  ['en', ["Don't worry, I'm not having any dark thoughts, just tired", 'n', 'negation']],
  ['en', ["You asked me to tell you if the thoughts came back. They haven't, not once since October. Just checking in like we agreed.", 'n', 'negation']],
  ['en', ["My boss is going to murder me, I missed the deadline", 'n', 'figurative']],
  ['en', ["The gambling debt is slowly crushing me but I've got a repayment plan with the debt charity now. First payment is next month. One step at a time.", 'n', 'figurative']],

  ['en', ["I've got a plan for tonight: takeaway and bed by ten", 'n', 'near-miss']],
  ['en', ["Stocked up on all my meds before the holidays so I don't run out. The pharmacy's shut till the 2nd. Is there anything else I should have in for Mum?", 'n', 'near-miss']],
  ['en', ["Tonight's the night I finally clear out the garage", 'n', 'near-miss']],
  ['en', ["Wrote goodbye cards to all my colleagues today, last day before retirement. Thirty-two years. Weird feeling handing in my badge.", 'n', 'near-miss']],
  ['en', ["Bought a rope for the new tyre swing, kids are buzzing", 'n', 'near-miss']],
  ['en', ["I've been looking into how much my pills cost without insurance since the layoff. It's outrageous. Is there a cheaper generic?", 'n', 'near-miss']],
  ['en', ["Said goodbye to Dad's house today, the sale went through", 'n', 'near-miss']],
  ['en', ["Gave away most of my furniture this week because I'm downsizing after the divorce. Moving into a one-bed flat on Saturday. Bit sad but it's a fresh start.", 'n', 'near-miss']],
  ['en', ["Drove past the overpass where the accident was, no flashbacks this time", 'n', 'near-miss']],
  ['en', ["Updated the life insurance beneficiaries to the kids now the divorce is done. My ex isn't on anything anymore. One less thing.", 'n', 'near-miss']],

  ['en', ["Can't sleep, eating cereal and watching Bake Off", 'n', 'everyday']],
  ['en', ["Visited Mum at the home. She called me by my aunt's name but she was smiling the whole time. Small wins.", 'n', 'everyday']],
  ['en', ["The dog ate my glasses. Today is cursed.", 'n', 'everyday']],
  ['en', ["Made my gran's lasagne tonight for the first time since she died. Nearly burned it to a crisp but it tasted like her kitchen. Happy tears.", 'n', 'everyday']],
  ['en', ["Choosing a headstone for the baby, any advice on wording?", 'n', 'everyday']],
  ['en', ["Our startup finally folded today. I'm disappointed but honestly relieved, it was eating me alive. Already have two calls lined up next week.", 'n', 'work']],
  ['en', ["Boss said my head's on the chopping block if sales drop", 'n', 'work']],
  ['en', ["I'm a hospice nurse and lost two patients this week. It's part of the job and I'm okay. Just needed to put it somewhere.", 'n', 'work']],
  ['en', ["Can I get a copy of my session notes for the court?", 'n', 'session']],
  ['en', ["I forgot to ask last time, do you do couples sessions? After the affair came out we want to try. He's agreed to come.", 'n', 'session']],

  ['en', ["Running ten minutes late tomorrow, no licence means I'm on the bus", 'n', 'session']],
  ['en', ["That exercise about writing a letter to my younger self really helped. I wrote one tonight about the crash. Should I bring it Thursday?", 'n', 'session']],
  ['en', ["Died laughing at my grandson's school play", 'n', 'figurative']],
  ['en', ["Work is a nightmare and the commute is soul-destroying. If I hear one more meeting called synergy I'll walk into the sea. Anyway, rant over.", 'n', 'figurative']],
  ['en', ["Mate, that curry nearly killed me, worth it though", 'n', 'figurative']],
  ['en', ["The obstetrician says we can try again in three months after the miscarriage. I'm scared but hopeful. Is it normal to feel guilty about being hopeful?", 'n', 'medical']],
  ['en', ["Does alcohol interact badly with naltrexone?", 'n', 'medical']],
  ['en', ["Mum's new dementia meds are making her very drowsy. The nurse says to give it two weeks. Should I ask the GP to lower the dose?", 'n', 'medical']],
  ['en', ["Used to self-harm in my twenties, the scars barely show now", 'n', 'recovered']],
  ['en', ["My brother's overdose anniversary was today. Last year I couldn't get out of bed, this year I lit a candle and went to the pub with his mates. Progress, I think.", 'n', 'recovered']],

  ['en', ["I'd never leave the kids like that, no matter how bad it gets", 'n', 'negation']],
  ['en', ["Lost big at the bookies again and I'm furious at myself. No, I'm not thinking of doing anything silly. I'm ringing the gambling helpline in the morning.", 'n', 'negation']],
  ['en', ["Rage quit FIFA again, the ref is out to get me", 'n', 'gaming']],
  ['en', ["My character finally died of old age in Crusader Kings after a 40-year reign. Weirdly emotional about it. Might need to touch grass.", 'n', 'gaming']],
  ['en', ["The Proteas choked again, I'm done with cricket", 'n', 'sports']],
  ['en', ["Writing a song about my divorce for the open mic. The chorus is something about burning it all down and starting over. Too dramatic?", 'n', 'lyrics']],
  ['en', ["Did you see they're closing the Samaritans branch in town?", 'n', 'news']],
  ['en', ["Our HR team is rolling out mental health first aid training. I'm the one designing the module on spotting suicide warning signs. Any resources you'd recommend?", 'n', 'research']],
  ['en', ["Writing my dissertation on postnatal depression, it's fascinating", 'n', 'research']],
  ['en', ["The doctor gave me a month of painkillers and joked not to take them all at once. The back's already much better. Physio on Friday.", 'n', 'near-miss']],
];
