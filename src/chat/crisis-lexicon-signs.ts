/**
 * 988's behavioural warning signs in Spanish, French, German, Portuguese and Italian, as one grammar
 * per language (folded text, as in crisis-lexicon-core.ts): giving possessions away with a reason
 * that points past one's own life ("where I'm going I won't need them", "when I'm gone"), asking
 * someone to look after a pet or a child "when I'm no longer here", a last day or a last night, not
 * being there tomorrow, and threats to kill a person said with a clitic pronoun ("lo voy a matar",
 * "je vais le tuer", "ich bring ihn um"), which the phrase lexicons only knew with a noun.
 * A trivial trigger after a threat ("… si se come mi comida") is read by crisis-foreign.ts.
 */
import { compile, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

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
  /** Not wanting to be here any more, at a clause end (C-SSRS 1-2 as said in each language). */
  hereNot: string;
  /** Wanting it all to be over at last: CONCERN. */
  overNow: string;
  /** Taking all one's pills: with a time, CRISIS. */
  allPills: string;
  /** Going to a bridge, the tracks, a roof: with a time, CONCERN (it may be a walk). */
  toPlace: string;
  /** Thinking of killing oneself (continuous, repeated or past forms the drive grammar misses). */
  thinking: string;
  /** No way out; never waking up; nobody would miss me: CONCERN. */
  noExit: string;
  /** Farewell letters, in the plural or to a family for afterwards. */
  farewell: string;
  /** Tonight, today, tomorrow, now. */
  time: string;
  /** A clitic kill threat: "lo voy a matar", "je vais le tuer". */
  kill: string;
}

// After a threat: a trivial trigger ("si se come mi comida", "wenn er wieder zu spät kommt") or laughter makes it a figure of speech.
const TRIVIAL = /^ (?:,? )?(?:(?:si|se|wenn|quand|cuando|falls|s il|s ils) (?:[a-z]+ ){0,5}(?:come|comen|mange|isst|mangia|tarde|retard|spat|spaet|ritardo|atrasad[oa]|olvid[a-z]*|oubli[a-z]*|vergiss[a-z]*|dimentic[a-z]*|esquec[a-z]*|toca|touche|rompe|casse|roba|vole|klaut|stiehlt)|(?:de|vor|dal|dalle|de tanto) (?:risa|rire|lachen|ridere|rir)|jaja|haha|mdr|lol|kkk)/;
// The end of a clause or message: nothing after the phrase makes it a task ("as prescribed", "to take photos").
const CLAUSE_END = '(?= \\.|$)';
// A last day of something: work, school, holidays, a course.
const LAST_OF = /^ (?:de|d|a|au|en|an|im|in|no|na|di|del|della|al|alla|du|des|da|do|dos|das|bei|beim|auf|von|con|avec|mit|com|with|of|at)\b/;

const SIGNS: Record<ForeignLanguage, Signs> = {
  es: {
    give: '(?:regal[a-z]*|repart[a-z]*|(?:estoy|he|voy a) (?:dando|dado|dar)|(?:me )?deshac[a-z]* de|me deshice de)',
    things: '(?:mis|todas mis|todos mis|mi) (?:[a-z]+ )?(?:cosas|pertenencias|ropa|libros|guitarra|juegos|joyas|ahorros|dinero|muebles|plantas|discos|coleccion|perro|gato|mascotas?|herramientas)',
    gone: '(?:cuando|despues de que|una vez que) (?:yo )?(?:ya no (?:este|estare)(?: aqui| mas)?|no (?:este|estare) (?:aqui )?mas)(?= \\.| ,|$| y )|(?:cuando|despues de que|una vez que) (?:me haya ido|me vaya para siempre|me muera|ya no exista)',
    needNot: '(?:a )?donde voy (?:ya )?no (?:las|los|lo|la|me) (?:voy a necesitar|necesitare|hara falta|haran falta)|(?:ya )?no (?:las|los|lo|la) (?:voy a necesitar|necesitare) (?:mas|nunca mas)',
    care: '(?:cuid(?:a|en|ad|ar)|(?:hazte|haganse|haceos) cargo de)(?: bien)? (?:a |de )?(?:mi|mis) (?:perro|gata?|gato|mascotas?|hij[oa]s?|nin[oa]s|plantas|madre|mama)',
    last: '(?:hoy|esta noche|manana) es mi ultim[oa] (?:dia|noche)|mi ultim[oa] noche (?:aqui|en este mundo|con vida)|no (?:voy a llegar|llego|llegare) (?:a|al) (?:manana|lunes|fin de semana|ano nuevo)',
    absent: 'manana (?:ya )?no (?:voy a estar|estare)(?: aqui)?(?= \\.| ,|$| y )',
    hereNot: '(?:ya )?no quiero (?:estar|seguir) (?:aqui|en este mundo)(?: nunca mas| mas)?(?= \\.| ,|$| y )',
    overNow: 'quiero que (?:todo|esto|esto ya|ya todo) (?:se )?(?:termine|acabe|pase) (?:de una vez|por fin|ya)(?= \\.| ,|$)|que (?:todo|esto) (?:se )?acabe de una vez',
    allPills: '(?:me tomo|tomo|me voy a tomar|voy a tomar) (?:todas|todos) (?:mis|las|los) (?:pastillas|pildoras|medicamentos|medicinas|calmantes|somniferos)',
    toPlace: '(?:voy|me voy|ire|manejo|conduzco|camino) (?:a|al|hacia el|hacia la|a la) (?:puente|vias|azotea|acantilado|tejado)',
    thinking: '(?:he estado|estoy|sigo|llevo [a-z]+ [a-z]+) (?:pensando|planeando) (?:en|como) (?:matarme|suicidarme|quitarme la vida|morir(?:me)?|saltar|tirarme)',
    noExit: 'no (?:veo|encuentro|hay|tengo) (?:ninguna |otra )?(?:salida|escapatoria)(?= \\.| ,|$| y )',
    farewell: 'cartas de despedida|cartas (?:para|a) (?:mi|mis) (?:familia|hij[oa]s|padres) (?:para|por si) (?:cuando|despues)',
    time: '(?:esta noche|hoy|manana|ahora|ahora mismo|este fin de semana|el (?:sabado|domingo|viernes))',
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
    hereNot: 'je ne veux plus (?:etre la|etre ici|etre sur cette terre|exister)(?= \\.| ,|$| et )',
    overNow: '(?:veux|voudrais) que (?:tout|ca) (?:soit fini|se termine|s arrete) (?:une bonne fois|enfin|pour de bon)|que ca finisse enfin',
    allPills: '(?:je prends|je vais prendre|j avale|je vais avaler) (?:toutes? )?(?:mes|les) (?:pilules|cachets|medicaments|comprimes|somniferes)',
    toPlace: '(?:je vais|je roule|je pars|je marche) (?:au|vers le|sur le|jusqu au) (?:pont|toit|falaise|voies)|(?:je vais|je pars) (?:a la|vers la|sur la) (?:falaise|voie ferree)',
    thinking: '(?:je pense|je n arrete pas de penser|je pense tous les jours|je pense souvent) (?:a|au) (?:me tuer|me suicider|mourir|suicide|sauter|me jeter)',
    noExit: 'je ne vois (?:plus )?(?:aucune|pas d|pas de|plus d|plus de|aucun) (?:issue|sortie|solution|echappatoire)(?= \\.| ,|$| et )',
    farewell: 'lettres d adieu|lettres (?:pour|a) (?:mes|ma|mon) (?:enfants|famille|parents) (?:pour )?(?:apres|quand)',
    time: '(?:ce soir|cette nuit|aujourd hui|demain|maintenant|tout de suite|ce week end)',
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
    hereNot: '(?:will|mochte|moechte|mag) (?:einfach )?nicht mehr (?:hier|da|auf dieser welt|am leben) sein(?= \\.| ,|$| und )',
    overNow: '(?:will|mochte|moechte|wunsche mir|wuensche mir) (?:nur noch )?(?:dass|das) (?:es|alles) (?:endlich )?(?:vorbei|aus|zu ende) (?:ist|sein)',
    allPills: '(?:nehme|schlucke) ich (?:alle|die ganzen|meine ganzen) (?:meine )?(?:tabletten|pillen|medikamente|schlaftabletten)|ich (?:nehme|schlucke|werde) (?:alle|die ganzen|meine ganzen) (?:meine )?(?:tabletten|pillen|medikamente|schlaftabletten)',
    toPlace: '(?:fahre|gehe|laufe|geh|fahr) (?:ich )?(?:(?:heute nacht|heute abend|heute|jetzt|gleich|morgen) )?(?:zur|zu der|auf die|an die|zum|auf das) (?:brucke|bruecke|gleisen|klippe|dach|hochhaus)',
    thinking: '(?:denke|dachte) (?:[a-z]+ ){0,3}(?:daran|darueber|daruber) (?:nach )?(?:mich umzubringen|mir das leben zu nehmen|zu springen|mich zu toten|mich zu toeten|zu sterben)',
    noExit: '(?:sehe|finde) (?:einfach )?(?:keinen|gar keinen) ausweg(?: mehr)?|nicht mehr aufwache|nie mehr aufwache',
    farewell: 'abschiedsbriefe|briefe (?:an|fur|fuer) (?:meine|meinen) (?:kinder|familie|eltern) (?:geschrieben|hinterlassen)',
    time: '(?:heute nacht|heute abend|heute|morgen|jetzt|gleich|am wochenende)',
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
    hereNot: '(?:eu )?nao quero (?:mais )?(?:estar|ficar) (?:aqui|neste mundo)(?: mais)?(?= \\.| ,|$| e )',
    overNow: 'quero que (?:tudo|isso) (?:acabe|termine|passe) (?:logo|de uma vez|finalmente)(?= \\.| ,|$)',
    allPills: '(?:tomo|vou tomar|engulo|vou engolir) (?:todos|todas) (?:os|as|meus|minhas) (?:meus |minhas )?(?:remedios|comprimidos|pilulas|medicamentos|calmantes)',
    toPlace: '(?:vou|estou indo|eu vou|dirijo|caminho) (?:pra|para|ate) (?:a|o) (?:ponte|trilhos|telhado|penhasco|viaduto)',
    thinking: '(?:tenho pensado|pensei|penso muito|ando pensando|estou pensando|pensando) em (?:me matar|me suicidar|morrer|pular|me jogar|tirar minha vida)',
    noExit: '(?:nao vejo|nao tem|nao existe|nao ha) (?:nenhuma |outra )?saida(?= \\.| ,|$| e )|(?:ninguem|nenhum) sentiria (?:a )?minha falta',
    farewell: 'cartas de (?:despedida|adeus)|cartas (?:pra|para) (?:minha|meus|minhas) (?:familia|filh[oa]s|pais) (?:pra|para) (?:quando|depois)',
    time: '(?:hoje a noite|hoje|amanha|agora|esta noite|essa noite|neste fim de semana)',
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
    hereNot: 'non voglio piu (?:essere qui|stare qui|esserci|esistere|stare al mondo)(?= \\.| ,|$| e )',
    overNow: '(?:voglio|vorrei) che (?:tutto|questo|sia tutto) (?:finisca|sia finito|finito) (?:una volta per tutte|finalmente|presto)',
    allPills: '(?:prendo|mi prendo|ingoio|prendero|vado a prendere) (?:tutte|tutti) (?:le|i|le mie|i miei) (?:pillole|pastiglie|compresse|medicine|farmaci|sonniferi)',
    toPlace: '(?:vado|sto andando|guido|cammino) (?:al|sul|verso il|sul) (?:ponte|tetto|binari|dirupo|viadotto)|(?:vado|sto andando) (?:alla|sulla|verso la) (?:scogliera|ferrovia)',
    thinking: '(?:penso|ho pensato|sto pensando|continuo a pensare) (?:spesso |sempre |ogni giorno |tutti i giorni )?(?:al suicidio|a uccidermi|ad uccidermi|a togliermi la vita|a farla finita|di uccidermi|di farla finita|di buttarmi)',
    noExit: '(?:non vedo (?:piu )?(?:nessuna|alcuna|una) (?:via d uscita|uscita)|senza via d uscita)(?= \\.| ,|$| e )',
    farewell: 'lettere d addio|lettere di addio',
    time: '(?:stasera|stanotte|oggi|domani|adesso|ora|questo fine settimana)',
    kill: '(?:lo|la|li|le) (?:ammazzo|uccido|ammazzero|uccidero|voglio ammazzare|voglio uccidere|faccio fuori)(?= \\.| ,|$| stasera| stanotte| domani| davvero| sul serio)|(?:voglio|vado a) (?:ammazzarlo|ammazzarla|ucciderlo|ucciderla|farlo fuori|farla fuori)',
  },
};

function rules(signs: Signs): RuleSource[] {
  // Each field is a group of its own, so an alternation inside one never swallows its neighbours.
  const s = Object.fromEntries(Object.entries(signs).map(([name, source]) => [name, `(?:${source})`])) as unknown as Signs;
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
    ['SUICIDE', 'CRISIS', 'LIFE', s.hereNot],
    ['SUICIDE', 'CONCERN', 'SELF', `${s.overNow}${CLAUSE_END}|${s.noExit}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${s.time} (?:[a-z]+ ){0,2}${s.allPills}${CLAUSE_END}|${s.allPills} ${s.time}${CLAUSE_END}|${s.thinking}|${s.farewell}`],
    ['SUICIDE', 'CONCERN', 'SELF', `${s.time} (?:[a-z]+ ){0,2}${s.toPlace}${CLAUSE_END}|${s.toPlace} ${s.time}${CLAUSE_END}|(?=(?:${s.toPlace}))(?=[a-z ]* ${s.time} )${s.toPlace}${CLAUSE_END}`],
  ];
}

/** The warning-sign rules per language, run with the phrase lexicons. */
export const SIGN_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = {
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
