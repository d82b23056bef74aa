/**
 * Warning signs as Spanish, French, Portuguese and Italian speakers type them on a phone (the round
 * 23 families), read by crisis-foreign.ts after the round 21 rules. Patterns run on folded text (no
 * accents, lower case, apostrophes as spaces). Twins in tests/unit/crisis-r23-romance.test.ts.
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

// Means a person keeps: medicines (with the slang "medocs", "remedios"), a rope, a gun, a blade, poison.
const MEANS =
  '(?:pastillas|pildoras|medicinas|medicamentos|calmantes|antidepresivos|somniferos|comprimidos|remedios|pilulas|antidepressivos|pillole|pastiglie|compresse|farmaci|antidepressivi|sonniferi|cachets|comprimes|pilules|medicaments|medocs|antidepresseurs|somniferes|anxiolytiques|cuerda|soga|corde|corda|pistola|arma|flingue|pistolet|revolver|cuchilla|gilete|lame|lames|lamette|veneno|poison|veleno)';
// Medicines with an ordinary purpose named right after them ("las pastillas del viaje").
const PURPOSE = '(?! (?:del|de la|de|para el|para la|para|contra el|contra la|contra|pour le|pour la|pour|contre le|contre la|contre|per il|per la|per|da|do|pra|pro|du|des) (?:viaje|viagem|voyage|viaggio|mareo|enjoo|nausees|nausea|gripe|grippe|influenza|resfriado|rhume|raffreddore|alergia|allergie|allergia|tos|tosse|toux|cabeza|cabeca|tete|testa|fiebre|febre|fievre|febbre|estomago|estomac|stomaco|barriga|regla|regles|ciclo|presion|pressao|tension|pressione|colesterol|diabetes|tiroides|tireoide|thyroide|tiroide|perro|cachorro|chien|cane|gato|chat|gatto|bebe|nene|bambino|crianca|enfant)\\b)';
// "for (me) when I'm ready", not "ready to travel".
const WHEN_READY =
  '(?:pour|para|pra|per|pa) (?:moi |mi |mim |me )?(?:quand|qd|cuando|cdo|quando|qdo|el dia que|le jour ou|o dia que|il giorno che) (?:je serai|j serai|je suis|yo este|este|estare|eu estiver|estiver|eu estar|saro|sarai|mi sentiro) (?:pret|prete|prets|pretes|list[oa]|pront[oa]|decis[oa]|decide)(?! (?:pra|para|pro|a|al|au|aux|pour|per|de|d|di|da|do|del|du|en|em|in|ad)\\b)';
// A day or a night near at hand.
const SOON =
  '(?:hoy|esta noche|manana|el finde|este finde|el fin de semana|este fin de semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|hoje(?: a noite)?|amanha|(?:no|neste|este|nesse) (?:fim de semana|final de semana|fds)|(?:no |na )?(?:sabado|domingo|sexta|segunda)|ce soir|cette nuit|demain|ce week end|ce weekend|samedi|dimanche|vendredi|stasera|stanotte|domani|questo (?:weekend|fine settimana)|sabato|domenica|venerdi)';
// "Ending this" said flat, with no task after it ("acabo com isto", not "acabo com isto do relatorio").
const END_THIS =
  '(?:acabo|termino|acabar|terminar) (?:con|com) (?:esto|todo|isto|isso|tudo)(?! (?:del?|da|do|das|dos|el|la|o|a|os|as)\\b)|(?:j en finis|je termine tout|je mets fin a tout)|(?:chiudo|chiudere|finisco|finire) con tutto(?! (?:il|lo|la|i|gli|le|quel|questo)\\b)';
// A decision said as final.
const DECIDED =
  '(?:ya lo decidi|ya lo tengo decidido|lo tengo decidido|ya esta decidido|ya decidi|nadie me va a hacer cambiar de idea|nadie me va a (?:convencer|detener|parar)|no hay vuelta atras|ya (?:le )?puse fecha|ja decidi|ja esta decidido|ninguem (?:vai )?me (?:fazer mudar de ideia|fara mudar de ideia|convencer|impedir)|nao tem volta|ja marquei(?: a data| o dia| para| pra)?|ja tenho (?:a )?data|c est decide|j ai decide|personne (?:ne )?(?:me )?fera changer d avis|j ai fixe la date|ho deciso|e deciso|nessuno mi fara cambiare idea|ho gia fissato (?:la data|il giorno))';
// A weapon held on the family now.
const WEAPON = '(?:cuchillo|navaja|pistola|arma|machete|escopeta|revolver|botella rota|faca|facao|couteau|flingue|pistolet|coltello|fucile)';
// A passing wish: "if I died tomorrow it would be a relief / no one would notice".
const IF_I_DIED =
  '(?:se eu morresse|se eu sumisse|se eu nao acordasse|se eu desaparecesse|si me muriera|si me muero|si muriera|si desapareciera|si no despertara|si yo me muriera|si je mourais|si je disparaissais|si je crevais|se morissi|se io morissi|se sparissi|se non mi svegliassi)(?! de | di | d | du | des )';
const NO_LOSS =
  '(?:seria|ia ser|sera) (?:um |una |un )?(?:alivio|descanso|liberacion|libertacao)|(?:ce serait|ca serait|ce sera) (?:un )?(?:soulagement|une delivrance|une liberation)|sarebbe (?:un )?(?:sollievo|liberazione)|(?:nadie|ninguem|personne|nessuno) (?:lo |se |ne )?(?:notaria|notaria|ligaria|ia ligar|ia perceber|sentiria falta|remarquerait|s en rendrait compte|se ne accorgerebbe|importaria|extranaria)|(?:nao|no|non) (?:faria|haria|farebbe) (?:nenhuma |ninguna |nessuna )?(?:diferenca|diferencia|differenza)';
// A past attempt with no recovery since, or the fear it comes back.
const MONTH =
  '(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)';
const NOT_BETTER =
  '(?:nao (?:melhorei|to melhor|estou melhor|fiquei bem|me recuperei)|no (?:he mejorado|mejore|estoy mejor|me recupere)|(?:ca|je) (?:ne )?va(?:is)? pas mieux|j ai pas remonte|non (?:sono migliorat[oa]|sto meglio|mi sono ripres[oa])|(?:tenho|tengo|j ai|ho) (?:medo|miedo|peur|paura) (?:de |di |que |qu |che )?(?:voltar|volver|recommencer|ricominciare|ricadere|recair|recaer|ca recommence|ca revienne|vuelva|volte|torni)|(?:to|estou|tou) (?:me )?sentindo igual(?:zinho)?|me sinto igual|me siento igual|me estoy sintiendo igual|je me sens pareil|je me sens comme avant|mi sento (?:uguale|come allora))';
// "faz 3 anos da minha tentativa", "hace un ano de mi intento": an attempt's anniversary.
const SINCE_ATTEMPT =
  '(?:faz|fez|hace|hizo|ca fait|cela fait|sono|e) (?:[a-z0-9]+ ){1,2}(?:da minha tentativa|de mi intento|de ma tentative|de ma ts|dal mio tentativo)(?: de suicidio| de suicide| di suicidio)?(?! (?:de|d|di|da|do|para|pour|per|pra) )';
// Thoughts of harming oneself named as a noun phrase, so "no tengo pensamientos de hacerme dano" is denied whole.
const HARM_THOUGHTS: Record<'es' | 'pt' | 'fr' | 'it', string> = {
  es: '(?:pensamientos?|ideas?|ganas|intencion(?:es)?) (?:de|en) (?:hacerme dano|lastimarme|cortarme|autolesionarme|matarme|suicidarme|quitarme la vida|hacerme algo)',
  pt: '(?:pensamentos?|ideias?|vontade|intencao) de (?:me machucar|me cortar|me ferir|me matar|me suicidar|tirar (?:a )?minha vida|fazer algo comigo)',
  fr: '(?:idees?|pensees?|envie|intention) de (?:me faire du mal|me blesser|me couper|me scarifier|me tuer|me suicider|en finir)',
  it: '(?:pensieri|idee|voglia|intenzione) di (?:farmi del male|tagliarmi|ferirmi|uccidermi|ammazzarmi|suicidarmi|farla finita)',
};

// "fala de morrer de amor", "habla de morirse de risa": dying of a feeling is a figure of speech.
const DYING_OF = '(?:de|di|d) (?:amor|amore|amour|rir|risa|rire|ridere|saudade|saudades|fome|hambre|faim|fame|tedio|aburrimiento|ennui|noia|vergonha|verguenza|honte|vergogna|calor|caldo|chaleur|frio|freddo|froid|medo|miedo|peur|paura|sono|sueno|sommeil|sonno|cansaco|cansancio|fatigue|stanchezza|ciumes|celos|jalousie|gelosia)';

// "hoy termino con todo, por fin vacaciones": the things ended are tasks.
const TASKS_AFTER = /^(?: [a-z,.]+){0,6} (?:pendientes?|tareas?|deberes|papeleo|curro|trabajo|trabalho|relatorio|informe|reporte|rapport|ensayo|tesis|tese|tesi|these|memoire|dossier|tfg|tcc|mando|envio|entrego|mandar|enviar|envoie|envoyer|invio|consegno|mando|vacanza|viaje|viagem|voyage|viaggio|ferie|playa|praia|plage|spiaggia|mudanza|mudanca|vacaciones|ferias|vacances|vacanze|examen|examenes|exame|provas?|esame|esami|entrega|proyecto|projeto|projet|progetto|lavoro|boulot|taf|devoirs|compiti|serie|temporada|saison|stagione)\b/;
// "mejor sin el gerente", "meglio senza di lui in ufficio": better off without a thing, or without someone at work.
const AT_PLACE = '(?:in|a|al|nel|nella|en|no|na|au|dans|em) (?:ufficio|oficina|escritorio|bureau|trabajo|trabalho|lavoro|boulot|equipo|squadra|equipe|time|grupo|gruppo|groupe|reunion|riunione|reuniao|empresa|azienda|entreprise|clase|classe|aula)';
// Spanish "el" and Portuguese "ele/ela" need a clause edge after them: "sin el gerente" is an article.
const WITHOUT_AT = new RegExp(`^ (?:(?!(?:y|e|et|pero|mas|mais|ma|no|nao|non|ya|ja|que|qu|che)\\b)[a-z]+\\b|${AT_PLACE})`);
const WITHOUT_THERE = new RegExp(`^ ${AT_PLACE}`);
// A phone left to a relative together with its code or password: affairs put in order.
const PHONE = '(?:natel|portable|telephone|tel|cell|celular|movil|telemovel|cellulare|telefonino|telefono)';
const CODE_IS = '(?:le code|mon code|le mot de passe|le pin|le code pin|el codigo|la clave|la contrasena|el pin|a senha|o codigo|o pin|il codice|la password|il pin) (?:c est|est|es|e)';
// A goodbye "before leaving", thanked as the only one who listened.
const ONLY_LISTENER =
  '(?:la seule|le seul|la seule personne|seule?|la unica|el unico|la unica persona|a unica|o unico|a unica pessoa|l unica|l unico|l unica persona) (?:a|qui|que|che) (?:m ecouter|m a ecoutee?|m ecoutait|m avez ecoutee?|m as ecoutee?|me escucho|me escuchaste|me escucha|me ouviu|me escutou|me ouve|mi ha ascoltat[oa]|mi ascolta|mi hai ascoltat[oa])';

// A blade in hand now, or kept "in case it gets too much".
const BLADE = '(?:lamina|laminas|gilete|giletes|cuchilla|cuchillas|hoja de afeitar|lame|lames|lame de rasoir|lametta|lamette|cutter)';
const IN_HAND = '(?:aqui|aca|na mao|en la mano|ici|dans la main|dans ma main|qui|in mano|do lado|al lado|a cote|accanto)';
const TOO_MUCH =
  '(?:au cas ou|si jamais|por si|por las dudas|(?:pra|para|por) (?:o )?caso|caso|nel caso|se mai) (?:[a-z]+ ){0,3}(?:devient trop|devient insupportable|je craque|ca va pas|se pone (?:feo|mal|dificil)|no aguanto|me da la crisis|nao aguentar|nao aguento|fica (?:demais|pesado|dificil)|der crise|non ce la faccio|diventa troppo|mi prende la crisi)';
// A blade for shaving, waxing or crafts.
const GROOMING_AFTER = /^(?: [a-z,]+){0,5} (?:para|pra|pour|per) (?:depilar(?:me)?|me depilar|afeitar(?:me)?|rasurar(?:me)?|me raser|raser|radermi|depilarmi|barbear|me barbear|fazer a barba|faire la barbe|farmi la barba|las cejas|as sobrancelhas|les sourcils|le sopracciglia|manualidades|la maqueta|artesanato|bricolage|il fai da te|les cartons|las cajas|as caixas|le scatole)\b/;
// "envie de lui faire du mal ? non, jamais": a question answered no.
const DENIED_AFTER = /^ (?:\. |, )?(?:non|nan|no|nao|jamais|jamas|nunca|mai|pas du tout|para nada|per niente|de jeito nenhum)\b/;
// Stabbing someone, said in the first person ("espeto-lhe a navalha", "le clavo el cuchillo").
const STAB = '(?:(?:espeto|enfio|meto|cravo) (?:lhe|nele|nela) (?:a|uma|o|um) (?:navalha|faca|canivete|punhal)|(?:le|les) (?:clavo|meto|entierro) (?:el|un|la|una) (?:cuchillo|navaja|punal|cuchillazo)|je (?:le|la|lui) plante (?:mon|un|le) (?:couteau|cran|schlass)|(?:gli|le) (?:pianto|infilo|ficco) (?:il|un|la|una) (?:coltello|lama|pugnale))';
const FOOD_AFTER = /^ (?:a la|al|ao|a|na|no|en el|en la|dans (?:le|la)|nel|nella|au|alla|al) (?:pavo|sandia|melancia|pastel|bolo|gateau|torta|carne|pollo|frango|poulet|asado|queso|pao|pan|pain|pane|peru|dinde|tacchino|anguria|pasteque)\b/;
// A day named as "the day", with everything set.
const THE_DAY =
  '(?:sexta(?: feira)?|sabado|domingo|segunda(?: feira)?|amanha|hoje|viernes|lunes|manana|hoy|vendredi|samedi|dimanche|lundi|demain|venerdi|sabato|domenica|lunedi|domani|oggi) (?:e|es|c est|est|sera|sara) (?:o |el |le |il )?(?:dia|jour|giorno)(?! (?:de|do|da|del|du|des|d|di|della|dello|em|que|en|in|dos|das)\\b)(?: [a-z,.]+){0,4} (?:ja ta tudo certo|ja esta tudo (?:certo|pronto|preparado)|ta tudo pronto|ya (?:esta|tengo) todo (?:listo|preparado)|ya esta todo|tout est (?:pret|prevu|regle|prepare)|e tutto pronto|ho preparato tutto|ho gia preparato tutto)';
// "... everything is set for the party", "talk to someone before the meeting": an event.
const EVENT_AFTER =
  /^(?: [a-z,.]+){0,4} (?:pra|para|pour|per|pro|de la|del|de|do|da|du|di|della) (?:[a-z]+ )?(?:festa|fiesta|fete|boda|casamento|mariage|matrimonio|mudanza|mudanca|demenagement|trasloco|viaje|viagem|voyage|viaggio|cumple|cumpleanos|aniversario|anniversaire|compleanno|examen|exame|esame|entrevista|entretien|colloquio|reunion|riunione|reuniao|estreno|concierto|concerto|concert|partido|jogo|match|partita|operacion|cirugia|cirurgia|operation|operazione|presentacion|apresentacao|presentation|evento|prova|prueba|carrera|corrida|course|gara|maraton|maratona|marathon|vuelo|voo|vol|volo)\b/;
// On a height, wanting to talk to someone "before".
const HEIGHT_BEFORE =
  '(?:to|tou|estou|estoy|je suis|suis|sono) (?:no|na|en el|en la|sur le|sul|sulla|in cima al|in cima alla|em cima do|em cima da) (?:terraco|telhado|azotea|terraza|tejado|toit|tetto|terrazzo|ponte|puente|pont|cornisa|beiral|parapeto|rebord)(?: [a-z,.]+){0,6} (?:queria|quero|quiero|voulais|veux|volevo|voglio) (?:so |solo |juste |solo |apenas )?(?:falar com alguem|hablar con alguien|parler a quelqu un|parlare con qualcuno) antes';
// Farewell letters written, with a day and "I do it".
const LETTERS_DONE = '(?:(?:ya )?(?:escribi|deje escritas|tengo escritas) (?:las|mis) cartas|(?:ja )?escrevi (?:as|minhas) cartas|j ai (?:deja )?ecrit (?:les|mes) lettres|ho (?:gia )?scritto le lettere)(?! (?:a|al|alla|au|aux|ao|para|pour|per|pra|de|di|du|do|da|del|della) )';
const DO_IT = '(?:lo hago|lo voy a hacer|lo hare|faco isso|vou fazer|eu faco|je le fais|je vais le faire|lo faccio)';

// Rules built from the constants above run in every language's list; a Spanish "no" only denies in the Spanish copy, so they carry the negators themselves.
const NOT_BEFORE = '(?<!\\b(?:no|nao|non|nunca|jamas|jamais|nem|ni|mai|pas|sin|sem|sans|senza)(?: [a-z]+){0,2} )';

const R23: Record<ForeignLanguage, readonly RuleSource[]> = {
  es: [
    ['SUICIDE', 'CRISIS', 'SELF', HARM_THOUGHTS.es],
    ['SUICIDE', 'CONCERN', 'LIFE', `${SINCE_ATTEMPT}(?: [a-z,.]+){0,6} ${NOT_BETTER}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:ya )?(?:tengo|estoy con) (?:la|una|las|mi|mis) ${BLADE} ${IN_HAND}|${NOT_BEFORE}${BLADE} (?:[a-z,]+ ){0,6}${TOO_MUCH}`, GROOMING_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `${NOT_BEFORE}${STAB}`, FOOD_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${THE_DAY}|${HEIGHT_BEFORE}|${SOON} (?:[a-z]+ ){0,4}${DO_IT}(?: [a-z,.]+){0,8} ${LETTERS_DONE}|${LETTERS_DONE}(?: [a-z,.]+){0,8} ${SOON} ${DO_IT})`, EVENT_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:ganas de|quiero|voy a) hacerle (?:mucho |much[oa] |de verdad )?dano (?:de verdad|en serio)?', DENIED_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:decir|decirte|decirle|decirles) adios antes de (?:irme|marcharme|partir)(?: [a-z,.]+){0,12} ${ONLY_LISTENER}`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:deje|dejo|le deje) (?:mi|el) ${PHONE} (?:[a-z,]+ ){0,6}(?:para|pa) (?:mi|mis) [a-z]+(?: [a-z,.]+){0,6} ${CODE_IS}`],
    // Means kept "for when I'm ready".
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${MEANS}${PURPOSE} (?:[a-z0-9,.]+ ){0,14}${WHEN_READY})`],
    // Ending it on a near day, or with the decision said as final.
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${SOON} (?:[a-z]+ ){0,2}(?:${END_THIS})|(?:${END_THIS}) (?:[a-z,]+ ){0,2}${SOON}|(?:${END_THIS}) (?:[a-z,.]+ ){0,8}${DECIDED}|${DECIDED} (?:[a-z,.]+ ){0,8}(?:${END_THIS}))`, TASKS_AFTER],
    // How fast one dies from a method, asked.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:(?:uno )?se muere|te mueres|se puede morir|cuanto (?:tarda|tardas|se tarda) (?:uno )?en morir(?:se)?)(?: (?:rapido|rapidamente|al instante|enseguida|en cuanto tiempo))? si (?:uno |una |alguien |te |me )?(?:se |te |me )?(?:corta las venas|cortas las venas|corto las venas|corta las munecas|cortas las munecas|ahorca|ahorcas|cuelga|cuelgas|tira (?:de|del|desde)|tiras (?:de|del|desde)|toma (?:toda|todas|todo|un frasco|una caja)|tomas (?:toda|todas|todo|un frasco|una caja))'],
    // Abuse of the family now: threatened with a weapon, beaten.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `nos (?:(?:esta|estan|anda|sigue) (?:amenazando|apuntando)|amenaza|amenazan|apunta|apuntan) con (?:un|una|el|la|su) ${WEAPON}|nos (?:esta|estan) (?:pegando|golpeando|ahorcando)`],
    ['SUICIDE', 'CONCERN', 'LIFE', `${IF_I_DIED} (?:[a-z,]+ ){0,4}(?:${NO_LOSS})`],
    ['SUICIDE', 'CONCERN', 'LIFE', `(?:desde|despues de) (?:mi |el )?intento(?: de suicidio)?(?: (?:de|del|en) (?:${MONTH}|[0-9]{4}))?(?! (?:de|d|di|da|do|del|du|della|para|pour|per|pra) ) (?:,? )?(?:[a-z]+ ){0,3}${NOT_BETTER}`],
    // Someone else's risk: talking of a method, of suicide; saying we would be better off without them.
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:habla|hablaba|anda hablando|ha hablado|no para de hablar|vive hablando) (?:de|del|en) (?:pegarse un tiro|ahorcarse|colgarse|tirarse (?:de|del|por|al|a las)|matarse|suicidarse|quitarse la vida|cortarse las venas|el suicidio|suicidio|morirse)', new RegExp(`^ (?:en el pie|${DYING_OF})\\b`)],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dice|dijo|anda diciendo|repite|decia) (?:[a-z]+ ){0,4}que (?:[a-z]+ ){0,3}(?:mejor|mas tranquil[oa]s|en paz|mas felices) sin (?:el|ella)', WITHOUT_AT],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'SELF', HARM_THOUGHTS.pt],
    ['SUICIDE', 'CONCERN', 'LIFE', `${SINCE_ATTEMPT}(?: [a-z,.]+){0,6} ${NOT_BETTER}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:ja )?(?:(?:to|tou|estou|fico) com|tenho|seguro) (?:a|uma|as|minha|minhas) ${BLADE} ${IN_HAND}|${NOT_BEFORE}${BLADE} (?:[a-z,]+ ){0,6}${TOO_MUCH}`, GROOMING_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `${NOT_BEFORE}${STAB}`, FOOD_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${THE_DAY}|${HEIGHT_BEFORE}|${SOON} (?:[a-z]+ ){0,4}${DO_IT}(?: [a-z,.]+){0,8} ${LETTERS_DONE}|${LETTERS_DONE}(?: [a-z,.]+){0,8} ${SOON} ${DO_IT})`, EVENT_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ja )?me despedi (?:da malta|do pessoal|da galera|de todos|de toda a gente|de todo mundo|da familia)(?: [a-z,.]+){0,4} obrigad[oa] por tudo'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:vontade de|quero|vou) (?:machucar|fazer mal a) (?:ele|ela|esse cara|essa mina|o gajo|a gaja)(?: de verdade| a serio)?', DENIED_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:dizer|te dizer|dar) (?:adeus|tchau) antes de (?:ir embora|partir|ir)(?: [a-z,.]+){0,12} ${ONLY_LISTENER}`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:deixei|deixo) (?:o |meu |o meu )${PHONE} (?:[a-z,]+ ){0,6}(?:pra|para) (?:a |o )?(?:minha|meu|meus|minhas) [a-z]+(?: [a-z,.]+){0,6} ${CODE_IS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${MEANS}${PURPOSE} (?:[a-z0-9,.]+ ){0,14}${WHEN_READY})`],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${SOON} (?:[a-z]+ ){0,2}(?:${END_THIS})|(?:${END_THIS}) (?:[a-z,]+ ){0,2}${SOON}|(?:${END_THIS}) (?:[a-z,.]+ ){0,8}${DECIDED}|${DECIDED} (?:[a-z,.]+ ){0,8}(?:${END_THIS}))`, TASKS_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:(?:a gente |se )?morre|da pra morrer|quanto tempo (?:demora|leva) (?:pra|para) morrer)(?: (?:rapido|na hora|logo|em quanto tempo))? se (?:a gente |eu |voce )?(?:cortar os pulsos|cortar as veias|cortar os punhos|corta os pulsos|se enforcar|pular (?:de|do|da)|tomar (?:todos|todas|a cartela|um frasco|uma caixa))'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `(?:(?:esta|ta|anda) (?:nos |a gente )?(?:ameacando|apontando)|(?:nos |a gente )?(?:ameaca|aponta)) (?:a gente |nos )?com (?:uma|um|a|o) ${WEAPON}|(?:esta|ta) (?:batendo|espancando) (?:em )?(?:nos|a gente|todo mundo)`],
    ['SUICIDE', 'CONCERN', 'LIFE', `${IF_I_DIED} (?:[a-z,]+ ){0,4}(?:${NO_LOSS})`],
    ['SUICIDE', 'CONCERN', 'LIFE', `(?:desde|depois d[ao]|apos) (?:a |minha |a minha )?tentativa(?: de suicidio)?(?: (?:de|em|do) (?:${MONTH}|[0-9]{4}))?(?! (?:de|d|di|da|do|del|du|della|para|pour|per|pra) ) (?:,? )?(?:[a-z]+ ){0,3}${NOT_BETTER}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:fala|falava|anda falando|vive falando|fica falando|ta falando|esta falando|tem falado|so fala) (?:em|de|sobre|no|na) (?:se matar|dar um tiro|se dar um tiro|se enforcar|pular d[aoe]|se jogar|suicidio|se suicidar|morrer|tirar a propria vida|acabar com tudo)', new RegExp(`^ (?:no pe|${DYING_OF})\\b`)],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:diz|disse|anda dizendo|fala|falou|repete|dizia) (?:[a-z]+ ){0,4}que (?:[a-z]+ ){0,3}(?:melhor|mais tranquil[oa]s|em paz|mais felizes) sem (?:ele|ela)', WITHOUT_AT],
  ],
  fr: [
    ['SUICIDE', 'CRISIS', 'SELF', HARM_THOUGHTS.fr],
    ['SUICIDE', 'CONCERN', 'LIFE', `${SINCE_ATTEMPT}(?: [a-z,.]+){0,6} ${NOT_BETTER}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `j ai (?:la|une|les|ma|mes) ${BLADE} ${IN_HAND}|${NOT_BEFORE}${BLADE} (?:[a-z,]+ ){0,6}${TOO_MUCH}`, GROOMING_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `${NOT_BEFORE}${STAB}`, FOOD_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${THE_DAY}|${HEIGHT_BEFORE}|${SOON} (?:[a-z]+ ){0,4}${DO_IT}(?: [a-z,.]+){0,8} ${LETTERS_DONE}|${LETTERS_DONE}(?: [a-z,.]+){0,8} ${SOON} ${DO_IT})`, EVENT_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:envie de|veux|vais) lui faire (?:vraiment |tres |tellement |grave )?(?:du mal|la peau)', DENIED_AFTER],
    ['SUICIDE', 'CONCERN', 'OTHER', 'qu (?:il|elle) (?:est|etait) un (?:fardeau|poids|boulet) pour|qu (?:il|elle) (?:va|allait|veut|voulait) partir pour (?:de bon|toujours)'],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${MEANS}${PURPOSE} (?:[a-z0-9,.]+ ){0,14}(?:c est )?${WHEN_READY})`],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${SOON} (?:[a-z]+ ){0,2}(?:${END_THIS})|(?:${END_THIS}) (?:[a-z,]+ ){0,2}${SOON}|(?:${END_THIS}|en finir) (?:[a-z,.]+ ){0,8}${DECIDED}|${DECIDED} (?:[a-z,.]+ ){0,8}(?:${END_THIS}|en finir))`, TASKS_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:on meurt|meurt on|on peut mourir|on mourrait|ca tue|c est mortel|en combien de temps on meurt|combien de temps (?:ca prend |il faut )?pour mourir)(?: (?:vite|rapidement|sur le coup|en combien de temps))? (?:si|quand) (?:on |je )?(?:se coupe les veines|me coupe les veines|s ouvre les veines|m ouvre les veines|se tranche les (?:veines|poignets)|se coupe les poignets|se pend|me pends|saute (?:du|d un|de la)|se jette (?:sous|du|d un)|avale (?:toute? )?(?:la boite|une boite|tous les|toutes les|une plaquette)|prend (?:toute? )?(?:la boite|une boite|tous les|toutes les|une plaquette))'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `nous (?:menace|menacent|braque|braquent) (?:avec|au) (?:un |une |son |sa |le |la )?${WEAPON}|(?:est en train de|commence a) nous (?:frapper|taper|battre|menacer)`],
    ['SUICIDE', 'CONCERN', 'LIFE', `${IF_I_DIED} (?:[a-z,]+ ){0,4}(?:${NO_LOSS})`],
    ['SUICIDE', 'CONCERN', 'LIFE', `depuis (?:ma |la |mon )?(?:tentative|ts)(?: de suicide)?(?: (?:de|d|en) (?:${MONTH}|[0-9]{4}))?(?! (?:de|d|di|da|do|del|du|della|para|pour|per|pra) ) (?:,? )?(?:[a-z]+ ){0,3}${NOT_BETTER}`],
    // A farewell to the therapist "before leaving", thanked as the only one who listened.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:dire|dis) (?:au revoir|adieu) avant de (?:partir|m en aller|y aller)(?: [a-z,.]+){0,12} ${ONLY_LISTENER}`],
    // A phone left unlocked for a relative, with its code: affairs put in order.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:laisse|laisser|donne) (?:mon|mes) ${PHONE} (?:[a-z,]+ ){0,6}pour (?:ma|mon|mes) [a-z]+(?: [a-z,.]+){0,6} ${CODE_IS}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:parle|parlait|a parle|arrete pas de parler|n arrete pas de parler) (?:de se|du|de) (?:tirer une balle|flinguer|pendre|jeter (?:sous|du|d un|par)|tuer|suicider|foutre en l air|ouvrir les veines|faire sauter la cervelle|suicide)', new RegExp(`^ (?:dans (?:le|les) pieds?|${DYING_OF})\\b`)],
    ['SUICIDE', 'CONCERN', 'OTHER', 'qu (?:il|elle) (?:pense|pensait|a pense|avait pense|pensais) (?:au suicide|a se suicider|a se tuer|a mourir|a en finir|a la mort|a se foutre en l air)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dit|a dit|disait|repete|raconte) (?:[a-z]+ ){0,4}qu (?:[a-z]+ ){0,4}(?:mieux|tranquilles?|en paix|plus heureux|plus heureuses) sans (?:lui|elle)', WITHOUT_THERE],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'SELF', HARM_THOUGHTS.it],
    ['SUICIDE', 'CONCERN', 'LIFE', `${SINCE_ATTEMPT}(?: [a-z,.]+){0,6} ${NOT_BETTER}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `ho (?:la|una|le|il) ${BLADE} ${IN_HAND}|${NOT_BEFORE}${BLADE} (?:[a-z,]+ ){0,6}${TOO_MUCH}`, GROOMING_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `${NOT_BEFORE}${STAB}`, FOOD_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${THE_DAY}|${HEIGHT_BEFORE}|${SOON} (?:[a-z]+ ){0,4}${DO_IT}(?: [a-z,.]+){0,8} ${LETTERS_DONE}|${LETTERS_DONE}(?: [a-z,.]+){0,8} ${SOON} ${DO_IT})`, EVENT_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:voglia di|voglio|vado a) fargli (?:davvero |proprio )?(?:del male|male sul serio)', DENIED_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:dirti|dirvi|dire) addio prima di (?:andare|andarmene|partire)(?: [a-z,.]+){0,12} ${ONLY_LISTENER}`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:ho lasciato|lascio) (?:il )?(?:mio )?${PHONE} (?:[a-z,]+ ){0,6}per (?:mia|mio|i miei|le mie) [a-z]+(?: [a-z,.]+){0,6} ${CODE_IS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${MEANS}${PURPOSE} (?:[a-z0-9,.]+ ){0,14}${WHEN_READY})`],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:${SOON} (?:[a-z]+ ){0,2}(?:${END_THIS})|(?:${END_THIS}) (?:[a-z,]+ ){0,2}${SOON}|(?:${END_THIS}) (?:[a-z,.]+ ){0,8}${DECIDED}|${DECIDED} (?:[a-z,.]+ ){0,8}(?:${END_THIS}))`, TASKS_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:si muore|muori|si puo morire|quanto ci (?:vuole|mette) (?:a|per) morire)(?: (?:in fretta|subito|velocemente|sul colpo))? se (?:ci si |mi |ti )?(?:taglia le vene|tagli le vene|taglio le vene|taglia i polsi|tagli i polsi|impicca|impicchi|butta (?:dal|da|giu)|butti (?:dal|da|giu)|prende (?:tutte|tutta|una scatola)|prendi (?:tutte|tutta|una scatola))'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `ci (?:(?:sta|stanno) (?:minacciando|puntando)|minaccia|minacciano|punta) (?:con )?(?:un|una|il|la) ${WEAPON}|ci (?:sta|stanno) picchiando`],
    ['SUICIDE', 'CONCERN', 'LIFE', `${IF_I_DIED} (?:[a-z,]+ ){0,4}(?:${NO_LOSS})`],
    ['SUICIDE', 'CONCERN', 'LIFE', `dopo (?:il |il mio |quel )?tentativo(?: di suicidio)?(?: (?:di|a|in|del) (?:${MONTH}|[0-9]{4}))?(?! (?:de|d|di|da|do|del|du|della|para|pour|per|pra) ) (?:,? )?(?:[a-z]+ ){0,3}${NOT_BETTER}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:parla|parlava|ha parlato|continua a parlare|non fa che parlare) (?:di|del) (?:spararsi|impiccarsi|buttarsi|uccidersi|ammazzarsi|suicidio|suicidarsi|tagliarsi le vene|farla finita|togliersi la vita)', new RegExp(`^ (?:sui piedi|nei piedi|in un piede|${DYING_OF})\\b`)],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dice|ha detto|continua a dire|diceva) (?:[a-z]+ ){0,4}che (?:[a-z]+ ){0,3}(?:meglio|piu tranquill[ie]|in pace|piu felici) senza di (?:lui|lei)', WITHOUT_THERE],
  ],
  de: [],
};

/** The round 23 rules per language, run after the round 21 rules. */
export const R23_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(R23);
