/**
 * The fixed words of the crisis reply in each language the screen reads (crisis-resources.ts adds
 * the services). Spanish, Portuguese and Italian use the familiar "tú / você / tu" that chat apps
 * use; French and German the formal "vous / Sie" that is usual between a patient and their care.
 * Every version tells the patient that their therapist will see the message.
 */

/** The parts of one language's reply. */
export interface CrisisReplyText {
  opening: string;
  reachOut: string;
  therapist: string;
  danger: string;
}

export const CRISIS_REPLIES: Record<'en' | 'es' | 'fr' | 'de' | 'pt' | 'it', CrisisReplyText> = {
  en: {
    opening:
      "I'm really glad you told me. What you're going through sounds so hard, and you deserve support right now, " +
      "from a real person. You don't have to handle this alone.",
    reachOut: 'Please reach out to one of these now:',
    therapist: 'Your therapist will be notified and will see this message, so they can check in with you.',
    danger: "If you're in immediate danger, call 911.",
  },
  es: {
    opening:
      'Me alegra mucho que me lo hayas contado. Lo que estás viviendo suena muy duro, y mereces apoyo ahora mismo, ' +
      'de una persona real. No tienes que pasar por esto sin ayuda.',
    reachOut: 'Por favor, comunícate ahora con alguno de estos servicios:',
    therapist: 'Tu terapeuta recibirá un aviso y verá este mensaje, para poder ponerse en contacto contigo.',
    danger: 'Si estás en peligro inmediato, llama al 911 (en Europa, al 112).',
  },
  fr: {
    opening:
      "Merci de me l'avoir confié. Ce que vous traversez semble vraiment difficile, et vous méritez du soutien dès " +
      "maintenant, de la part d'une vraie personne. Vous n'avez pas à affronter cela sans aide.",
    reachOut: "S'il vous plaît, contactez dès maintenant l'un de ces services :",
    therapist: 'Votre thérapeute recevra une alerte et verra ce message, afin de pouvoir prendre de vos nouvelles.',
    danger: 'En cas de danger immédiat, appelez le 112 (le 911 aux États-Unis).',
  },
  de: {
    opening:
      'Danke, dass Sie mir das anvertrauen. Was Sie gerade durchmachen, klingt sehr schwer, und Sie verdienen jetzt ' +
      'Unterstützung von einem echten Menschen. Sie müssen das nicht allein durchstehen.',
    reachOut: 'Bitte wenden Sie sich jetzt an eine dieser Stellen:',
    therapist: 'Ihre Therapeutin oder Ihr Therapeut wird benachrichtigt und sieht diese Nachricht, um sich bei Ihnen melden zu können.',
    danger: 'Wenn Sie in unmittelbarer Gefahr sind, rufen Sie die 112 an (in den USA die 911).',
  },
  pt: {
    opening:
      'Que bom que você me contou. O que você está passando parece muito difícil, e você merece apoio agora mesmo, ' +
      'de uma pessoa de verdade. Você não precisa enfrentar isso sem ajuda.',
    reachOut: 'Por favor, procure agora um destes serviços:',
    therapist: 'Quem acompanha você na terapia receberá um aviso e verá esta mensagem, para poder entrar em contato com você.',
    danger: 'Se você estiver em perigo imediato, ligue 192 no Brasil ou 112 em Portugal (911 nos EUA).',
  },
  it: {
    opening:
      'Grazie per avermelo detto. Quello che stai passando sembra davvero difficile, e meriti sostegno adesso, ' +
      'da una persona reale. Non devi affrontarlo senza aiuto.',
    reachOut: 'Per favore, contatta subito uno di questi servizi:',
    therapist: 'Chi ti segue in terapia riceverà un avviso e vedrà questo messaggio, così potrà contattarti.',
    danger: 'Se sei in pericolo immediato, chiama il 112 (il 911 negli USA).',
  },
};
