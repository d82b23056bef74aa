/**
 * 988's behavioural warning signs in Spanish, French, German, Portuguese and Italian, as one grammar
 * per language (folded text, as in crisis-lexicon-core.ts): giving possessions away with a reason
 * that points past one's own life ("where I'm going I won't need them", "when I'm gone"), asking
 * someone to look after a pet or a child "when I'm no longer here", a last day or a last night, not
 * being there tomorrow, and threats to kill a person said with a clitic pronoun ("lo voy a matar",
 * "je vais le tuer", "ich bring ihn um"), which the phrase lexicons only knew with a noun.
 * A trivial trigger after a threat ("… si se come mi comida") is read by crisis-foreign.ts.
 */
import { compile, type ForeignRule, type RuleSource } from './crisis-rule';
import type { ScreenLanguage } from './crisis';

type Foreign = Exclude<ScreenLanguage, 'en'>;

interface Signs {
  /** Giving away, handing out, getting rid of (any tense). */
  give: string;
  /** Possessions, pets, savings. */
  things: string;
  /** "when I'm gone / no longer here", "after I'm gone". */
  gone: string;
  /** "where I'm going I won't need them", "I won't need them any more" (future). */
  needNot: string;
  /** "look after / take care of" someone or something of mine. */
  care: string;
  /** "today is my last day", "my last night", "I won't see tomorrow". */
  last: string;
  /** "I won't be here tomorrow": a timing, or a trip; CONCERN. */
  absent: string;
  /** A clitic kill threat: "lo voy a matar", "je vais le tuer". */
  kill: string;
}

// After a threat: a trivial trigger ("si se come mi comida", "wenn er wieder zu spät kommt") or laughter makes it a figure of speech.
const TRIVIAL = /^ (?:,? )?(?:(?:si|se|wenn|quand|cuando|falls|s il|s ils) (?:[a-z]+ ){0,5}(?:come|comen|mange|isst|mangia|tarde|retard|spat|spaet|ritardo|atrasad[oa]|olvid[a-z]*|oubli[a-z]*|vergiss[a-z]*|dimentic[a-z]*|esquec[a-z]*|toca|touche|rompe|casse|roba|vole|klaut|stiehlt)|(?:de|vor|dal|dalle|de tanto) (?:risa|rire|lachen|ridere|rir)|jaja|haha|mdr|lol|kkk)/;
// A last day of something: work, school, holidays, a course.
const LAST_OF = /^ (?:de|d|a|au|en|an|im|in|no|na|di|del|della|al|alla|du|des|da|do|dos|das|bei|beim|auf|von|con|avec|mit|com|with|of|at)\b/;

const SIGNS: Record<Foreign, Signs> = {
  es: {
    give: '(?:regal[a-z]*|repart[a-z]*|(?:estoy|he|voy a) (?:dando|dado|dar)|(?:me )?deshac[a-z]* de|me deshice de)',
    things: '(?:mis|todas mis|todos mis|mi) (?:[a-z]+ )?(?:cosas|pertenencias|ropa|libros|guitarra|juegos|joyas|ahorros|dinero|muebles|plantas|discos|coleccion|perro|gato|mascotas?|herramientas)',
    gone: '(?:cuando|despues de que|una vez que) (?:yo )?(?:ya no (?:este|estare)(?: aqui| mas)?|no (?:este|estare) (?:aqui )?mas)(?= \\.| ,|$| y )|(?:cuando|despues de que|una vez que) (?:me haya ido|me vaya para siempre|me muera|ya no exista)',
    needNot: '(?:a )?donde voy (?:ya )?no (?:las|los|lo|la|me) (?:voy a necesitar|necesitare|hara falta|haran falta)|(?:ya )?no (?:las|los|lo|la) (?:voy a necesitar|necesitare) (?:mas|nunca mas)',
    care: '(?:cuid(?:a|en|ad|ar)|(?:hazte|haganse|haceos) cargo de)(?: bien)? (?:a |de )?(?:mi|mis) (?:perro|gata?|gato|mascotas?|hij[oa]s?|nin[oa]s|plantas|madre|mama)',
    last: '(?:hoy|esta noche|manana) es mi ultim[oa] (?:dia|noche)|mi ultim[oa] noche (?:aqui|en este mundo|con vida)|no (?:voy a llegar|llego|llegare) (?:a|al) (?:manana|lunes|fin de semana|ano nuevo)',
    absent: 'manana (?:ya )?no (?:voy a estar|estare)(?: aqui)?(?= \\.| ,|$| y )',
    kill: '(?:lo|la|los|las|le) (?:voy a|quiero|pienso|vamos a) matar|(?:voy a|quiero|pienso|tengo ganas de) (?:matarlo|matarla|matarlos|matarlas|acabar con el|acabar con ella)',
  },
  fr: {
    give: '(?:donne|donnes|donner|donnerai|ai donne|distribue|distribuer|ai distribue|me debarrasse de|me debarrasser de|offre|offert|ai offert)',
    things: '(?:mes|toutes mes|tous mes|mon|ma) (?:[a-z]+ )?(?:affaires|choses|biens|vetements|livres|guitare|jeux|bijoux|economies|argent|meubles|plantes|disques|collection|chien|chat|chats|animaux)',
    gone: '(?:quand|apres que|une fois que|lorsque) je (?:ne )?serai plus la(?= \\.| ,|$| et )|(?:quand|lorsque) je (?:ne )?serai plus (?:de ce monde|en vie)|apres ma mort',
    needNot: '(?:la )?ou je vais(?: ,)? je n en (?:aurai|ai) (?:plus )?(?:pas )?besoin|je n en aurai plus (?:jamais )?besoin(?= \\.| ,|$)',
    care: '(?:occupe(?:z)?|prends|prenez|prendre) (?:vous |toi )?(?:bien )?(?:soin )?(?:de|d) (?:mon|ma|mes) (?:chien|chienne|chat|chatte|animaux|enfants?|fils|fille|plantes|mere)',
    last: '(?:aujourd hui|ce soir|demain) (?:c )?(?:est|sera) mon dernier jour|(?:c est|ce sera) ma derniere nuit|ma derniere nuit (?:ici|sur terre|en vie)|je ne (?:verrai|serai) (?:pas|plus) (?:demain|lundi|le week end|la)(?= \\.| ,|$| demain)',
    absent: 'demain je ne serai plus la',
    kill: '(?:je vais|je veux|j ai envie de|je compte) (?:le|la|les) (?:tuer|buter|flinguer|poignarder|etrangler)|je (?:le|la|les) (?:tuerai|bute|tue)(?= \\.| ,|$| ce soir| demain)',
  },
  de: {
    give: '(?:verschenk[a-z]*|(?:gebe|gab|habe|hab) (?:[a-z]+ ){0,4}weg(?:gegeben)?|weggegeben|verteil[a-z]*|trenne mich von)',
    things: '(?:meine|meinen|all meine|alle meine|meinem|mein) (?:[a-z]+ )?(?:sachen|dinge|besitz|kleider|kleidung|bucher|buecher|gitarre|spiele|schmuck|ersparnisse|geld|mobel|moebel|pflanzen|platten|sammlung|hund|katze|katzen|tiere|haustiere)',
    gone: '(?:wenn|sobald|nachdem) ich (?:nicht mehr (?:da|hier) bin|tot bin|nicht mehr lebe)(?= \\.| ,|$| und )|nach meinem tod',
    needNot: '(?:wo|dort wo|wohin) ich (?:hin)?gehe(?: ,)? (?:brauche|brauch) ich (?:sie|es|das|die|nichts) (?:[a-z]+ )?(?:nicht mehr|nicht|mehr)|(?:ich )?(?:werde|wurde|werd) (?:sie|es|das|die) (?:eh |sowieso )?nicht mehr brauchen(?= \\.| ,|$)',
    care: '(?:kummert|kuemmert|kummere|kuemmere|kummern|kuemmern|passt|pass) (?:euch |dich |sie )?(?:gut )?(?:um|auf) (?:meinen|meine|mein) (?:hund|katze|kater|tiere|haustiere|kinder|kind|sohn|tochter|pflanzen|mutter)',
    last: '(?:heute|heute nacht|morgen) ist mein letzter tag|(?:das ist|heute ist) meine letzte nacht|meine letzte nacht (?:hier|auf erden|auf dieser welt)|den morgen nicht mehr erleben',
    absent: '(?:morgen|am montag) (?:bin ich|werde ich) nicht mehr (?:da|hier)(?= \\.| ,|$| sein)',
    kill: '(?:ich )?(?:bring|bringe|werde|will|mochte|moechte) (?:ihn|sie|die|den|euch) (?:[a-z]+ ){0,3}(?:um|umbringen|toten|toeten|abstechen|erschiessen|erwurgen|erwuergen)(?= \\.| ,|$| und| heute| morgen| wenn)',
  },
  pt: {
    give: '(?:doei|doando|doar|dei|dando|dar|estou dando|vou dar|distribui|distribuindo|me desfazendo de|me desfiz de|dou)',
    things: '(?:minhas|todas as minhas|todos os meus|meus|meu|minha) (?:[a-z]+ )?(?:coisas|pertences|roupas|livros|violao|guitarra|jogos|joias|economias|dinheiro|moveis|plantas|discos|colecao|cachorro|cao|gato|gata|bichos|animais)',
    gone: '(?:quando|depois que|assim que) (?:eu )?(?:nao estiver mais(?: aqui| ai)?|ja nao estiver(?: aqui)?|morrer)(?= \\.| ,|$| e )|depois da minha morte',
    needNot: '(?:para|pra|aonde|onde) (?:onde )?(?:eu )?vou(?: ,)? nao (?:vou )?(?:precisar|preciso) (?:mais )?(?:deles|delas|disso|de nada)|nao (?:vou|irei) (?:mais )?precisar (?:deles|delas|disso)(?= \\.| ,|$)',
    care: '(?:cuid(?:a|em|e|ar)|tom(?:a|em|e|ar) conta) (?:bem )?(?:d[oa]s?|de) (?:meu|minha|meus|minhas) (?:cachorro|cao|gato|gata|bichos|animais|filh[oa]s?|plantas|mae)',
    last: '(?:hoje|hoje a noite|amanha) (?:e|sera) (?:o )?meu ultimo dia|(?:esta|essa) e (?:a )?minha ultima noite|minha ultima noite (?:aqui|neste mundo|na terra)|nao (?:vou chegar|chego) (?:a|ate) (?:amanha|segunda)',
    absent: 'amanha (?:eu )?(?:ja )?nao (?:vou estar|estarei) (?:mais )?(?:aqui)?(?= \\.| ,|$| e )',
    kill: '(?:vou|quero|penso em) (?:mata lo|mata la|mata los|matar ele|matar ela|matar eles|acabar com ele|acabar com ela)|(?:eu )?(?:o|a) (?:mato|vou matar)(?= \\.| ,|$| hoje| amanha)',
  },
  it: {
    give: '(?:regal[a-z]*|(?:do|ho dato|sto dando|daro) via|dar via|distribu[a-z]*|mi sbarazzo di|mi sono sbarazzat[oa] di)',
    things: '(?:le mie|tutte le mie|tutti i miei|i miei|il mio|la mia) (?:[a-z]+ )?(?:cose|roba|averi|vestiti|libri|chitarra|giochi|gioielli|risparmi|soldi|mobili|piante|dischi|collezione|cane|gatto|gatta|animali)',
    gone: '(?:quando|dopo che|una volta che) (?:io )?non ci saro piu(?= \\.| ,|$| e )|(?:quando|dopo che) (?:me ne saro andat[oa]|saro mort[oa]|moriro)|dopo la mia morte',
    needNot: '(?:dove|la dove) vado(?: ,)? non (?:mi )?(?:serviranno|servira|servono) (?:piu )?|non mi (?:serviranno|servira) piu(?= \\.| ,|$)',
    care: '(?:prendete(?:vi)?|prenditi|prendersi) cura (?:del|della|dei|delle) (?:mio|mia|miei|mie) (?:cane|gatto|gatta|animali|figli[oa]?|piante|madre)|(?:badate|bada) (?:al|alla|ai) (?:mio|mia|miei) (?:cane|gatto|gatta|animali|figli)',
    last: '(?:oggi|stanotte|stasera|domani) (?:e|sara) il mio ultimo giorno|(?:questa|stanotte) e la mia ultima notte|la mia ultima notte (?:qui|su questa terra|al mondo)|non (?:arrivero|arrivo) a (?:domani|lunedi)',
    absent: 'domani non ci saro (?:piu)?(?= \\.| ,|$| e )',
    kill: '(?:lo|la|li|le) (?:ammazzo|uccido|ammazzero|uccidero|voglio ammazzare|voglio uccidere|faccio fuori)(?= \\.| ,|$| stasera| stanotte| domani| davvero| sul serio)|(?:voglio|vado a) (?:ammazzarlo|ammazzarla|ucciderlo|ucciderla|farlo fuori|farla fuori)',
  },
};

function rules(s: Signs): RuleSource[] {
  return [
    // 988: giving possessions away, with a reason past one's own life.
    ['SUICIDE', 'CRISIS', 'SELF', `${s.give} (?:[a-z]+ |, ){0,10}(?:${s.needNot}|${s.gone})`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:${s.needNot}|${s.gone}) (?:[a-z]+ |, ){0,6}${s.give}`],
    // Arranging care for one's own "when I'm gone".
    ['SUICIDE', 'CRISIS', 'SELF', `${s.care} (?:[a-z]+ |, ){0,6}${s.gone}|${s.gone}(?: ,)? (?:[a-z]+ ){0,3}${s.care}`],
    // Giving things away with no reason said, or "when I'm gone" alone: ambiguous, so CONCERN.
    ['SUICIDE', 'CONCERN', 'SELF', `${s.give} (?:[a-z]+ ){0,2}${s.things}(?= \\.| ,|$)|${s.gone}|${s.needNot}`],
    // 988: timing, a last day or night.
    ['SUICIDE', 'CRISIS', 'SELF', s.last],
    ['SUICIDE', 'CONCERN', 'SELF', s.absent],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', s.kill],
  ];
}

/** The warning-sign rules per language, run with the phrase lexicons. */
export const SIGN_RULES: Record<Foreign, readonly ForeignRule[]> = {
  es: compile(rules(SIGNS.es)).map(withTrivial),
  fr: compile(rules(SIGNS.fr)).map(withTrivial),
  de: compile(rules(SIGNS.de)).map(withTrivial),
  pt: compile(rules(SIGNS.pt)).map(withTrivial),
  it: compile(rules(SIGNS.it)).map(withTrivial),
};

/** Threats read with what follows (a trivial trigger); a last day read with what follows ("de trabajo"). */
function withTrivial(rule: ForeignRule): ForeignRule {
  if (rule.category === 'HARM_TO_OTHERS') return { ...rule, unlessAfter: TRIVIAL };
  if (/ultim|dernier|letzter|ultimo/.test(rule.regex.source)) return { ...rule, unlessAfter: LAST_OF };
  return rule;
}
