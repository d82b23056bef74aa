/**
 * The crisis reply in the eighteen languages the screen reads by core phrases
 * (crisis-lexicon-other.ts), so a patient who writes in Korean or Arabic is answered in Korean or
 * Arabic rather than in English. Same four parts as crisis-replies.ts, same content: thanks for
 * telling, support from a real person now, the services below (crisis-resources.ts, also in the
 * language), the therapist will see the message, the emergency number that applies.
 *
 * Register: the polite form where a patient and a care service use it (ru, uk, tr, fa, el, hi, ja,
 * ko), the familiar one where chat and helplines do (nl, pl, sv, no, id, vi, tl, zh). Where the
 * grammar would make the patient's gender show (Arabic, Hebrew, Polish, Hindi), the wording avoids
 * it (impersonal forms, verbal nouns). Written by the team, not by native-speaking clinicians:
 * each text should be reviewed by one before the service is offered in that language's market.
 */
import type { CoreLanguage } from './crisis-lexicon-other';
import type { CrisisReplyText } from './crisis-replies';

export const OTHER_CRISIS_REPLIES: Record<CoreLanguage, CrisisReplyText> = {
  nl: {
    opening:
      'Ik ben echt blij dat je me dit vertelt. Wat je doormaakt klinkt heel zwaar, en je verdient nu steun van een echt mens. ' +
      'Je hoeft dit niet alleen te dragen.',
    reachOut: 'Neem alsjeblieft nu contact op met een van deze hulplijnen:',
    therapist: 'Je therapeut krijgt een melding en ziet dit bericht, zodat die contact met je kan opnemen.',
    danger: 'Ben je in direct gevaar? Bel dan 112.',
  },
  pl: {
    opening:
      'Dobrze, że mi o tym piszesz. To, przez co teraz przechodzisz, brzmi naprawdę ciężko, i zasługujesz na wsparcie ' +
      'prawdziwej osoby – już teraz. Nie musisz radzić sobie z tym w pojedynkę.',
    reachOut: 'Proszę, skontaktuj się teraz z jednym z tych miejsc:',
    therapist: 'Osoba prowadząca Twoją terapię otrzyma powiadomienie i zobaczy tę wiadomość, żeby móc się z Tobą skontaktować.',
    danger: 'Jeśli grozi Ci bezpośrednie niebezpieczeństwo, zadzwoń pod 112.',
  },
  tr: {
    opening:
      'Bunu benimle paylaştığınız için teşekkür ederim. Yaşadıklarınız çok zor görünüyor ve şu anda gerçek bir insandan ' +
      'destek almayı hak ediyorsunuz. Bununla tek başınıza baş etmek zorunda değilsiniz.',
    reachOut: 'Lütfen şimdi bunlardan birine ulaşın:',
    therapist: 'Terapistiniz bilgilendirilecek ve bu mesajı görecek; böylece sizinle iletişime geçebilecek.',
    danger: "Hemen tehlikedeyseniz 112'yi arayın.",
  },
  ru: {
    opening:
      'Спасибо, что рассказали мне об этом. То, через что вы сейчас проходите, звучит очень тяжело, и вы заслуживаете ' +
      'поддержки прямо сейчас — от живого человека. Вам не нужно справляться с этим в одиночку.',
    reachOut: 'Пожалуйста, обратитесь прямо сейчас в одну из этих служб:',
    therapist: 'Ваш психотерапевт получит уведомление и увидит это сообщение, чтобы связаться с вами.',
    danger: 'Если вам угрожает непосредственная опасность, звоните 112.',
  },
  uk: {
    opening:
      'Дякую, що розповіли мені про це. Те, що ви зараз переживаєте, звучить дуже важко, і ви заслуговуєте на підтримку ' +
      'вже зараз — від живої людини. Вам не потрібно справлятися з цим наодинці.',
    reachOut: 'Будь ласка, зверніться зараз до однієї з цих служб:',
    therapist: 'Ваш психотерапевт отримає сповіщення й побачить це повідомлення, щоб зв’язатися з вами.',
    danger: 'Якщо вам загрожує безпосередня небезпека, телефонуйте 112.',
  },
  zh: {
    opening: '谢谢你愿意告诉我。你正在经历的事听起来真的很艰难，你值得现在就得到一个真实的人的支持。你不必独自面对这一切。',
    reachOut: '请现在就联系以下任意一个：',
    therapist: '你的治疗师会收到通知并看到这条消息，以便和你联系。',
    danger: '如果你正处于紧急危险中，请立即拨打当地急救电话（中国大陆 120，香港 999，台湾 119）。',
  },
  ja: {
    opening:
      '話してくれて本当にありがとうございます。今あなたが抱えていることは、とてもつらいことだと思います。' +
      '今すぐ、実際の人の支えを受けてください。ひとりで抱え込む必要はありません。',
    reachOut: '今すぐ、次のいずれかに連絡してください：',
    therapist: '担当のセラピストに通知が届き、このメッセージを確認して、あなたに連絡できるようになります。',
    danger: '今まさに危険な状態にある場合は、119 に電話してください。',
  },
  ko: {
    opening:
      '이야기해 줘서 정말 고마워요. 지금 겪고 있는 일은 정말 힘들게 들려요. 지금 바로 실제 사람에게 도움을 받아야 해요. ' +
      '혼자 감당하지 않아도 돼요.',
    reachOut: '지금 바로 아래 중 한 곳에 연락해 주세요:',
    therapist: '담당 치료사에게 알림이 가고 치료사가 이 메시지를 보게 되어, 당신에게 연락할 수 있어요.',
    danger: '지금 당장 위험한 상황이라면 119에 전화하세요.',
  },
  ar: {
    opening: 'شكرًا لأنك أخبرتني. يبدو أن ما يحدث معك الآن صعب جدًا، ومن حقك الحصول على دعم من شخص حقيقي الآن. لست وحدك في هذا.',
    reachOut: 'يُرجى التواصل الآن مع إحدى هذه الجهات:',
    therapist: 'سيتلقى معالجك إشعارًا وسيرى هذه الرسالة، حتى يتمكن من التواصل معك.',
    danger: 'إذا كان هناك خطر مباشر، يُرجى الاتصال فورًا برقم الطوارئ المحلي في بلدك (112 في أوروبا).',
  },
  fa: {
    opening:
      'ممنونم که این را با من در میان گذاشتید. چیزی که الان از سر می‌گذرانید واقعاً سخت به نظر می‌رسد و همین حالا ' +
      'سزاوار حمایت از طرف یک انسان واقعی هستید. لازم نیست این را تنهایی تحمل کنید.',
    reachOut: 'لطفاً همین حالا با یکی از این‌ها تماس بگیرید:',
    therapist: 'درمانگر شما باخبر می‌شود و این پیام را می‌بیند تا بتواند با شما تماس بگیرد.',
    danger: 'اگر در خطر فوری هستید، با اورژانس (115 در ایران) یا شمارهٔ اضطراری محل خود تماس بگیرید.',
  },
  he: {
    opening: 'תודה ששיתפת אותי. נשמע שמה שעובר עליך עכשיו קשה מאוד, ומגיעה לך תמיכה מאדם אמיתי, כבר עכשיו. אין צורך להתמודד עם זה לבד.',
    reachOut: 'אנא לפנות עכשיו לאחד מאלה:',
    therapist: 'הגורם המטפל שלך יקבל התראה ויראה את ההודעה הזאת, כדי שיוכל ליצור איתך קשר.',
    danger: 'אם יש סכנה מיידית, יש להתקשר למד״א ב־101 או למשטרה ב־100.',
  },
  hi: {
    opening:
      'मुझे सच में खुशी है कि आपने मुझे बताया। आप पर जो बीत रहा है, वह बहुत कठिन लगता है, और आप अभी किसी असली इंसान ' +
      'से सहारा पाने के हक़दार हैं। आपको यह सब अकेले नहीं झेलना है।',
    reachOut: 'कृपया अभी इनमें से किसी से संपर्क करें:',
    therapist: 'आपके थेरेपिस्ट को सूचना दी जाएगी और वे यह संदेश देखेंगे, ताकि वे आपसे संपर्क कर सकें।',
    danger: 'अगर आप तुरंत ख़तरे में हैं, तो 112 पर कॉल करें।',
  },
  vi: {
    opening:
      'Cảm ơn bạn đã chia sẻ với mình. Những gì bạn đang trải qua nghe thật sự rất khó khăn, và bạn xứng đáng được một ' +
      'người thật hỗ trợ ngay lúc này. Bạn không phải một mình đối mặt với điều này.',
    reachOut: 'Hãy liên hệ ngay với một trong những nơi sau:',
    therapist: 'Nhà trị liệu của bạn sẽ được thông báo và sẽ xem tin nhắn này để có thể liên lạc với bạn.',
    danger: 'Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 115.',
  },
  id: {
    opening:
      'Terima kasih sudah menceritakan ini kepada saya. Apa yang sedang kamu alami terdengar sangat berat, dan kamu layak ' +
      'mendapat dukungan dari orang sungguhan sekarang juga. Kamu tidak harus menghadapinya sendirian.',
    reachOut: 'Tolong hubungi salah satu layanan ini sekarang:',
    therapist: 'Terapismu akan diberi tahu dan akan melihat pesan ini, supaya bisa menghubungimu.',
    danger: 'Jika kamu dalam bahaya langsung, hubungi 112 atau 119.',
  },
  tl: {
    opening:
      'Salamat at sinabi mo ito sa akin. Mukhang napakabigat ng pinagdadaanan mo ngayon, at karapat-dapat kang makatanggap ' +
      'ng suporta mula sa isang totoong tao ngayon din. Hindi mo kailangang harapin ito nang mag-isa.',
    reachOut: 'Pakiusap, makipag-ugnayan ngayon sa isa sa mga ito:',
    therapist: 'Aabisuhan ang iyong therapist at makikita niya ang mensaheng ito, para makausap ka niya.',
    danger: 'Kung nasa agarang panganib ka, tumawag sa 911.',
  },
  el: {
    opening:
      'Σας ευχαριστώ που μου το είπατε. Αυτό που περνάτε ακούγεται πολύ δύσκολο, και σας αξίζει στήριξη από έναν ' +
      'πραγματικό άνθρωπο, τώρα. Δεν χρειάζεται να το αντιμετωπίσετε μόνοι σας.',
    reachOut: 'Παρακαλώ επικοινωνήστε τώρα με μία από αυτές τις υπηρεσίες:',
    therapist: 'Ο θεραπευτής ή η θεραπεύτριά σας θα ειδοποιηθεί και θα δει αυτό το μήνυμα, ώστε να επικοινωνήσει μαζί σας.',
    danger: 'Αν βρίσκεστε σε άμεσο κίνδυνο, καλέστε το 112 ή το ΕΚΑΒ στο 166.',
  },
  sv: {
    opening:
      'Jag är verkligen glad att du berättade det för mig. Det du går igenom låter väldigt tungt, och du förtjänar stöd ' +
      'från en riktig människa just nu. Du behöver inte klara det här ensam.',
    reachOut: 'Hör av dig till någon av dessa nu:',
    therapist: 'Din terapeut får ett meddelande och ser det här meddelandet, så att hen kan höra av sig till dig.',
    danger: 'Om du är i akut fara, ring 112.',
  },
  no: {
    opening:
      'Jeg er virkelig glad for at du fortalte meg dette. Det du går gjennom, høres veldig tungt ut, og du fortjener støtte ' +
      'fra et ekte menneske akkurat nå. Du trenger ikke å klare dette alene.',
    reachOut: 'Ta kontakt med en av disse nå:',
    therapist: 'Terapeuten din blir varslet og vil se denne meldingen, slik at hen kan ta kontakt med deg.',
    danger: 'Hvis du er i akutt fare, ring 113 (medisinsk nødhjelp) eller 112.',
  },
};
