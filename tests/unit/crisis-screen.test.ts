import { describe, expect, it } from 'vitest';
import { assessCrisis, assessCrisisByRules, type ScreenLanguage } from '../../src/chat/crisis';
import { correctSpelling, editDistance } from '../../src/chat/crisis-fuzzy';
import { detectLanguage } from '../../src/chat/crisis-language';
import { buildCrisisReply, CRISIS_RESOURCES, resourcesFor } from '../../src/chat/crisis-resources';

describe('how people type', () => {
  it.each([
    'I want to kill my self',
    'i want to comit sucide',
    'I want to k!ll myself',
    'i want to k1ll myself',
    'thinking about su1c1de every night',
    'I want to killmyself',
    'i want to d i e',
    'I am going to commit suiside',
    'gonna un alive myself',
    'I WANT TO END MY LIFE!!!',
  ])('reads "%s" as a crisis', (text) => {
    expect(assessCrisis(text).level).toBe('CRISIS');
  });

  it('measures Damerau-Levenshtein distance, transpositions included', () => {
    expect(editDistance('suicde', 'suicide')).toBe(1);
    expect(editDistance('siucide', 'suicide')).toBe(1);
    expect(editDistance('comit', 'commit')).toBe(1);
    expect(editDistance('overdose', 'overboard')).toBeGreaterThan(2);
  });

  it('corrects misspellings of the lexicon but leaves real words alone', () => {
    expect(['sucide', 'suicde', 'suiside', 'comit', 'kil', 'overdoze'].map(correctSpelling)).toEqual(['suicide', 'suicide', 'suicide', 'commit', 'kill', 'overdose']);
    for (const word of ['kiln', 'kilt', 'comet', 'overdone', 'overdosed', 'kills', 'suicides', 'tier', 'matarse', 'uccidersi', 'mister', 'pills']) {
      expect(correctSpelling(word), word).toBe(word);
    }
  });
});

describe('levels after the C-SSRS screener and 988 warning signs', () => {
  it.each([
    ["I'd rather be dead than go through another week like this", 'CONCERN'],
    ['everyone would be better off without me', 'CRISIS'],
    ['nothing will ever get better', 'CONCERN'],
    ["I'm a burden", 'CRISIS'],
    ['I feel trapped', 'CONCERN'],
    ['I took all my pills', 'CRISIS'],
    ['I have the rope ready', 'CRISIS'],
    ["I'm planning to end things this weekend", 'CRISIS'],
    ["I'm standing on the bridge", 'CRISIS'],
    ['This is my last message', 'CRISIS'],
    ["I'm saying goodbye to everyone", 'CRISIS'],
    ['sewer slide', 'CONCERN'],
  ])('"%s" is %s', (text, level) => {
    expect(assessCrisis(text).level).toBe(level);
  });

  it('keeps CONCERN for a report about someone else, with no urgent alert', () => {
    expect(assessCrisis('my friend told me she wants to kill herself')).toMatchObject({ level: 'CONCERN', isCrisis: false, concernForOthers: true, categories: ['SUICIDE'] });
  });

  it.each([
    'Why did I say giving up cigarettes matters so much to me at this point in my life?',
    'Who did I name as someone I could shoot hoops with instead?',
    'I absolutely killed it at work today',
    "I'm not suicidal, just really tired",
    'I took all my pills this morning like the doctor said',
    'I am going to end things with my boyfriend',
    'I want to beat my brother at chess',
    'we volunteer for a suicide prevention charity',
  ])('leaves "%s" at NONE', (text) => {
    expect(assessCrisis(text).level).toBe('NONE');
  });
});

describe('languages', () => {
  it.each<[string, ScreenLanguage]>([
    ['Quiero morirme', 'es'],
    ['no quiero vivir', 'es'],
    ['je veux mourir', 'fr'],
    ['ich will nicht mehr leben', 'de'],
    ['quero morrer', 'pt'],
    ['voglio farla finita', 'it'],
  ])('"%s" is a crisis in %s', (text, language) => {
    expect(assessCrisis(text)).toMatchObject({ level: 'CRISIS', language });
  });

  it('reads accents and no accents alike', () => {
    expect(assessCrisis('este es mi último mensaje').level).toBe('CRISIS');
    expect(assessCrisis('este es mi ultimo mensaje').level).toBe('CRISIS');
    expect(assessCrisis('ich möchte sterben').level).toBe('CRISIS');
    expect(assessCrisis('ich moechte sterben').level).toBe('CRISIS');
  });

  it('keeps negation and figures of speech out in every language', () => {
    for (const text of ['no quiero morir, quiero mejorar', 'je suis mort de rire', 'die Hitze bringt mich um', 'esse trânsito está me matando', 'sono morta dal ridere']) {
      expect(assessCrisis(text).level, text).toBe('NONE');
    }
  });

  it('detects the language from function words, English when unsure', () => {
    expect(detectLanguage('¿Qué ejercicio de respiración vimos en la última sesión?')).toBe('es');
    expect(detectLanguage('Was habe ich über meinen Vater gesagt?')).toBe('de');
    expect(detectLanguage("Qu'est-ce que j'ai dit sur ma sœur ?")).toBe('fr');
    expect(detectLanguage('o que eu disse sobre o meu pai?')).toBe('pt');
    expect(detectLanguage('cosa ho detto di mio padre?')).toBe('it');
    expect(detectLanguage('what did I say about my father?')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('degrades for Dutch, Polish, Turkish and Russian: core phrases are a crisis in that language, negated ones are not', () => {
    for (const [text, language] of [['Ik wil dood', 'nl'], ['Chcę umrzeć', 'pl'], ['Ölmek istiyorum', 'tr'], ['Хочу умереть', 'ru'], ['ya hochu umeret', 'ru'], ['Я хочу покончить с собой', 'ru']]) {
      expect(assessCrisis(text), text).toMatchObject({ level: 'CRISIS', language });
    }
    for (const text of ['ik wil niet dood', 'nie chcę umrzeć', 'ölmek istemiyorum', 'не хочу умереть']) expect(assessCrisis(text).level, text).toBe('NONE');
    expect(assessCrisis('zelfmoord')).toMatchObject({ level: 'CONCERN', language: 'nl' });
  });

  it.each([
    ['uk', 'Я не хочу більше жити', 'Я не хочу померти'],
    ['zh', '我真的想死，撑不下去了', '我不想死，只是很累'],
    ['zh', '我不想活了', '我想死你了！好久不見'],
    ['ja', 'もう死にたい', '死にたくない、助けてほしい'],
    ['ko', '정말 죽고 싶어요', '죽고 싶지 않아요'],
    ['ar', 'أريد أن أموت', 'لا أريد أن أموت'],
    ['ar', 'بدي موت', 'بدي آكل'],
    ['fa', 'میخوام بمیرم', 'میخوام بخوابم'],
    ['he', 'אני רוצה למות', 'אני רוצה לישון'],
    ['hi', 'मैं मरना चाहती हूँ', 'मैं मरना नहीं चाहती'],
    ['hi', 'main marna chahta hoon', 'main khana chahta hoon'],
    ['vi', 'Tôi muốn chết', 'Tôi không muốn chết'],
    ['id', 'aku pengen mati aja', 'aku tidak ingin mati'],
    ['tl', 'gusto ko nang mamatay', 'gusto ko nang kumain'],
    ['el', 'Θέλω να πεθάνω', 'Δεν θέλω να πεθάνω'],
    ['sv', 'Jag vill dö', 'Jag vill inte dö'],
    ['no', 'Jeg vil ikke leve lenger', 'Jeg vil leve'],
  ])('degrades for %s: "%s" is a crisis in that language, "%s" is not', (language, risk, benign) => {
    expect(assessCrisis(risk)).toMatchObject({ level: 'CRISIS', language });
    expect(assessCrisis(benign).level).toBe('NONE');
    expect(buildCrisisReply(language)).toContain('findahelpline.com');
  });

  it('names the bare word for suicide a concern in the core-phrase languages', () => {
    for (const [text, language] of [['自殺について', 'ja'], ['자살', 'ko'], ['الانتحار', 'ar'], ['आत्महत्या', 'hi'], ['bunuh diri', 'id'], ['självmord', 'sv'], ['αυτοκτονία', 'el']]) {
      expect(assessCrisis(text), text).toMatchObject({ level: 'CONCERN', language });
    }
  });
});

describe('long messages', () => {
  it('screens a 20 000-character message whole, crisis sentence at the end', () => {
    const filler = 'I talked about my week, the breathing exercise and my sleep with my therapist. '.repeat(260);
    const message = `${filler}I want to kill myself tonight`.slice(-20_000);
    expect(message.length).toBe(20_000);
    expect(assessCrisis(message)).toMatchObject({ level: 'CRISIS', categories: ['SUICIDE'] });
    expect(assessCrisis(filler.slice(0, 20_000)).level).toBe('NONE');
  });

  it('stays linear on input built to make regular expressions backtrack', () => {
    // Each would take seconds (past the test timeout) if a pattern backtracked catastrophically.
    for (const unit of ['i want to ', 'a ', 'kill , ', 'I. Want. ', 'quiero no quiero morir pero ', 'ich will mich nicht ', 'my pills and my ', 'x']) {
      const message = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
      expect(['NONE', 'CONCERN', 'CRISIS']).toContain(assessCrisis(message).level);
    }
  });
});

describe('resources and the caring reply in six languages', () => {
  it('keeps the English resources', () => {
    expect(resourcesFor('en')).toEqual([...CRISIS_RESOURCES]);
    expect(resourcesFor('xx')).toEqual([...CRISIS_RESOURCES]);
  });

  it("adds 988's Spanish line for Spanish, and international resources when not English", () => {
    const spanish = resourcesFor('es');
    expect(spanish.map((resource) => resource.contact)).toEqual(expect.arrayContaining([expect.stringMatching(/988 y marca 2.*AYUDA/), 'llama al 911', 'findahelpline.com', 'llama al 112']));
    for (const language of ['es', 'fr', 'de', 'pt', 'it']) {
      const contacts = resourcesFor(language).map((resource) => resource.contact).join(' | ');
      expect(contacts, language).toContain('findahelpline.com');
      expect(contacts, language).toMatch(/112/);
      expect(contacts, language).toMatch(/988/);
    }
  });

  it.each([
    ['en', /therapist will be notified and will see this message/],
    ['es', /terapeuta recibirá un aviso y verá este mensaje/],
    ['fr', /thérapeute recevra une alerte et verra ce message/],
    ['de', /wird benachrichtigt und sieht diese Nachricht/],
    ['pt', /terapia receberá um aviso e verá esta mensagem/],
    ['it', /riceverà un avviso e vedrà questo messaggio/],
  ])('the %s reply lists its resources and says the therapist will see the message', (language, notice) => {
    const reply = buildCrisisReply(language);
    expect(reply).toMatch(notice);
    for (const resource of resourcesFor(language)) expect(reply).toContain(`${resource.name}: ${resource.contact}`);
    expect(reply.length).toBeLessThan(1200);
  });

  it.each([
    ['nl', /Je therapeut krijgt een melding en ziet dit bericht/, /bel 112/, /\bbel 113\b/],
    ['pl', /otrzyma powiadomienie i zobaczy tę wiadomość/, /zadzwoń pod 112/, /116 123/],
    ['tr', /Terapistiniz bilgilendirilecek ve bu mesajı görecek/, /112'yi arayın/, /findahelpline/],
    ['ru', /получит уведомление и увидит это сообщение/, /звоните 112/, /findahelpline/],
    ['uk', /отримає сповіщення й побачить це повідомлення/, /телефонуйте 112/, /7333/],
    ['zh', /你的治疗师会收到通知并看到这条消息/, /120/, /2389 2222/],
    ['ja', /担当のセラピストに通知が届き/, /119 に電話/, /0120-279-338/],
    ['ko', /담당 치료사에게 알림이 가고/, /119에 전화/, /109에 전화/],
    ['ar', /سيتلقى معالجك إشعارًا وسيرى هذه الرسالة/, /رقم الطوارئ المحلي/, /findahelpline/],
    ['fa', /درمانگر شما باخبر می‌شود و این پیام را می‌بیند/, /115/, /findahelpline/],
    ['he', /יקבל התראה ויראה את ההודעה הזאת/, /101/, /1201/],
    ['hi', /थेरेपिस्ट को सूचना दी जाएगी और वे यह संदेश देखेंगे/, /112 पर कॉल करें/, /14416/],
    ['vi', /Nhà trị liệu của bạn sẽ được thông báo và sẽ xem tin nhắn này/, /gọi 115/, /findahelpline/],
    ['id', /Terapismu akan diberi tahu dan akan melihat pesan ini/, /112 atau 119/, /findahelpline/],
    ['tl', /Aabisuhan ang iyong therapist at makikita niya ang mensaheng ito/, /911/, /1553/],
    ['el', /θα ειδοποιηθεί και θα δει αυτό το μήνυμα/, /112/, /1018/],
    ['sv', /Din terapeut får ett meddelande och ser det här meddelandet/, /ring 112/, /90101/],
    ['no', /Terapeuten din blir varslet og vil se denne meldingen/, /ring 113/, /116 123/],
  ])('answers a crisis in %s in that language: the therapist notice, the emergency number, the local line', (language, notice, emergency, local) => {
    const reply = buildCrisisReply(language);
    expect(reply).toMatch(notice);
    expect(reply).toMatch(emergency);
    expect(reply).toMatch(local);
    expect(reply).toContain('findahelpline.com');
    // Nothing of the English reply is left in it.
    expect(reply).not.toMatch(/glad you told me|reach out|therapist will be notified|immediate danger/i);
    for (const resource of resourcesFor(language)) expect(reply).toContain(`${resource.name}: ${resource.contact}`);
    expect(reply.length).toBeLessThan(1200);
  });
});

describe("988's behavioural warning signs in five languages (crisis-lexicon-signs.ts), read by the rules alone", () => {
  it.each([
    'Estoy regalando mis cosas, a donde voy no las voy a necesitar.',
    'Cuiden a mi gato cuando ya no esté.',
    'Hoy es mi último día, ya lo decidí.',
    'Lo voy a matar, tengo el cuchillo listo.',
    "Je donne mes affaires, là où je vais je n'en aurai pas besoin.",
    'Occupez-vous de mon chat quand je ne serai plus là.',
    'Je vais le tuer ce soir.',
    'Ich verschenke meine Sachen, wo ich hingehe brauche ich sie nicht mehr.',
    'Kümmert euch um meinen Hund, wenn ich nicht mehr da bin.',
    'Ich bring ihn um.',
    'Heute ist mein letzter Tag.',
    'Estou doando minhas coisas, para onde eu vou não vou precisar delas.',
    'Cuidem do meu cachorro quando eu não estiver mais aqui.',
    'Vou matá-lo hoje.',
    'Sto regalando le mie cose, dove vado non mi serviranno più.',
    'Prendetevi cura del mio gatto quando non ci sarò più.',
    'Lo ammazzo stasera.',
    'Ich will nicht mehr hier sein.',
    'Tenho pensado em me matar todos os dias.',
    'Já escrevi cartas de despedida para minha família.',
    'Stasera prendo tutte le pillole.',
    'Penso spesso al suicidio.',
  ])('reads "%s" as a crisis', (text) => {
    expect(assessCrisisByRules(text).level).toBe('CRISIS');
  });

  it.each([
    'Hoy es mi último día de trabajo en la oficina.',
    'Lo voy a matar si se come mi comida otra vez.',
    'Regalé mis libros viejos a la biblioteca.',
    'Kümmert euch um meinen Hund, wenn ich im Urlaub bin.',
    'Heute ist mein letzter Tag im Büro.',
    'Domani non ci sarò, ho il dentista.',
    'Hoy me tomo todas las pastillas que me recetó el médico, como siempre.',
    'Ce soir je prends toutes mes pilules comme prescrit.',
    'Heute Abend gehe ich zur Brücke joggen.',
    'Hoje vou para a ponte tirar fotos do pôr do sol.',
    'Vado al ponte stasera per la festa.',
    'Non vedo nessuna soluzione a questo problema di lavoro.',
  ])('leaves "%s" alone', (text) => {
    expect(assessCrisisByRules(text).level).toBe('NONE');
  });
});

describe("988's behavioural warning signs in more English forms (crisis-families.ts SIGNS_IN_MORE_FORMS), read by the rules alone", () => {
  it.each([
    "I've been handing out my records to friends, I won't be needing them.",
    "I've been giving away all my art supplies, no use for them anymore.",
    'Gave my watch to my brother today. Wanted him to have something to remember me by.',
    'If he comes near my kid again I swear I\'ll end him.',
    "I just wanted to thank you for all your help, you won't hear from me again.",
    "Won't be at our next session. Thanks for trying.",
    "Tonight's the night I finally go through with it.",
    'Everything will be over by morning.',
    'My last post on here. Love you all.',
    'I want to see him dead.',
    'Tonight I take all the pills.',
  ])('reads "%s" as a crisis', (text) => {
    expect(assessCrisisByRules(text).level).toBe('CRISIS');
  });

  it.each([
    "I gave my old textbooks away since I graduated, won't be needing them.",
    "I gave her a bracelet to remember me by while I'm on exchange abroad.",
    "I'm deleting my account, you won't hear from me again on here.",
    "Thanks for trying to fit me in this week, I won't be at our next session because of the conference.",
    "Tell my mom I'm sorry I missed dinner.",
    'It will all be over by Friday, the exams I mean.',
    "I swear I'll end him in the next round of chess.",
    'My last post on here before the holidays, love you all!',
    "I'm giving away my baby clothes, the kids grew out of them and I won't need them.",
    'I want this week to be over.',
    "I'm driving to the bridge tonight to see the fireworks.",
    'I take all my meds now, every morning.',
    'Tonight I take all my pills with dinner like the doctor said.',
  ])('leaves "%s" alone', (text) => {
    expect(assessCrisisByRules(text).level).toBe('NONE');
  });

  it('does not read "handing" as "hanging"', () => {
    expect(correctSpelling('handing')).toBe('handing');
  });
});
