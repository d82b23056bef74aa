/**
 * Spanish, Portuguese and Italian crisis lexicons for crisis-foreign.ts, on folded text (no
 * accents, lower case). Kinds: SELF (first person; a negator before it denies it), LIFE (the
 * negation is part of the phrase: "no quiero vivir"), OTHER (a report about someone else),
 * ABUSE (someone harming the patient). Levels follow crisis.ts: wishes, burden, feeling trapped
 * and hopelessness are CONCERN; intent, method, plan, means, preparation, farewells, self-harm,
 * harm to others and abuse are CRISIS.
 */
import { compile, type RuleSource } from './crisis-rule';

// "no puedo más con el calor", "no estaré aquí porque tengo médico": the phrase is about something else.
const AFTER_OBJECT_ES = /^ (?:, )?(?:con|de|porque|por|ya que|pues|hasta|en|el|la|este|esta|para (?!mi\b))\b/;

// A suicide in the news or in figures ("vi no jornal que aumentaram os casos de suicidio"): read after the noun, so it costs nothing elsewhere.
const NEWS_FRAME = '(?<!\\b(?:jornal|telejornal|noticia|noticias|noticiero|periodico|diario|telediario|giornale|telegiornale|tg|articulo|artigo|articolo|reportaje|reportagem|servizio|casos de|caso de|tasa de|taxa de|tasso di|indice de|numero de|cifras de|dados de|datos de|dati sui|estadisticas de|estatisticas de|statistiche sui|prevencion del|prevencao do|prevenzione del|aumento del|aumento de|aumento dei|aumentou o|aumentaram os|aumentaron los|aumentan los|subieron los|cresceu o|sono aumentati i)\\b[a-z0-9,. ]{0,80})';
const BARE_SUICIDE = `suicidio${NEWS_FRAME}`;
// "tentei suicidio em 2015, hj to bem": a finished history said with chat spelling of "today I am fine".
const RECOVERED_AFTER = /^(?: [a-z0-9,]+){0,6} (?:hj|hoje|hoje em dia|hoy|hoy en dia|oggi|ora|adesso|agora|ahora) (?:to|tou|estou|estoy|sto|me sinto|me siento|mi sento|vivo) (?:muy |muito |molto |super |re )?(?:bem|bien|bene|melhor|mejor|meglio|feliz|felice|tranquil[oa])\b/;
// "el Boca me va a matar", "o Flamengo vai me matar do coração": a team, or dying of a feeling, is exasperation.
const TEAM_BEFORE = '(?<!\\b(?:equipo|club|seleccion|time|selecao|hinchada|torcida|boca|river|racing|barca|madrid|atleti|chivas|flamengo|fla|corinthians|timao|palmeiras|verdao|gremio|vasco|fluminense|botafogo|cruzeiro|benfica|sporting) )';
const FEELING_AFTER = /^ (?:,? )?(?:(?:del|de|do|da|dal|di) (?:corazon|coracao|susto|disgusto|desgosto|risa|rir|nervios|nervos|infarto|un infarto|um infarto|ansiedad|ansiedade|angustia|verguenza|vergonha|aburrimiento|tedio|emocion|emocao)|(?:[a-z,]+ ){0,8}(?:partido|jogo|partita|gol|goles|gols|campeonato|torneo|derrota|empate|clasico|classico|penal|penalti|penaltis))\b/;

const ES: RuleSource[] = [
  // C-SSRS 2-4: thoughts, intent
  ['SUICIDE', 'CRISIS', 'SELF', '(?:quiero|quisiera|necesito|tengo ganas de|ganas de|deseo|me quiero|me gustaria|prefiero) (?:morir(?:me)?|estar muert[oa]|suicidar(?:me)?|matarme|quitarme la vida|acabar con (?:mi vida|todo)|terminar con (?:mi vida|todo))'],
  ['SUICIDE', 'CRISIS', 'SELF', 'me (?:quiero|voy a|pienso|tengo que|gustaria) (?:suicidar|matar|morir|quitar la vida)|(?:un plan para|plan de) (?:matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida))|(?:voy a|pienso|planeo|estoy planeando|he decidido|decidi) (?:suicidarme|matarme|quitarme la vida|acabar con (?:todo|mi vida)|terminar con (?:todo|mi vida))'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:pensando|pienso|pensamientos?|ideas?) (?:en|de|sobre) (?:el )?(?:suicidio|suicidarme|matarme|morir(?:me)?|quitarme la vida)|(?:estoy|me siento) suicida|ideas suicidas|pensamientos suicidas'],
  ['SUICIDE', 'CONCERN', 'SELF', `${BARE_SUICIDE}|suicidarme|suicida`, RECOVERED_AFTER],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:no|ya no) (?:quiero|tengo ganas de|puedo) (?:seguir )?viv(?:ir|iendo)|no (?:tiene|le veo|le encuentro) sentido (?:vivir|la vida|seguir viviendo|seguir)|no vale la pena (?:vivir|seguir)'],
  // Wish to be dead, burden, trapped, hopelessness
  ['SUICIDE', 'CONCERN', 'SELF', 'ojala (?:me muriera|me muera|no despertara|no despierte|estuviera muert[oa]|desapareciera|no existiera|no hubiera nacido)|(?:quisiera|quiero) (?:desaparecer|dormir y no despertar|no despertar|no existir)'],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:estarian|estaria|estarias|vivirian) (?:todos |todo el mundo )?mejor sin mi|soy una carga|(?:me siento|estoy) atrapad[oa]|sin (?:ninguna )?salida|sin esperanza|nada va a mejorar|nunca va a mejorar'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'no (?:aguanto|puedo) mas|no quiero (?:despertar|despertarme|seguir aqui)|no hay (?:salida|esperanza)|no (?:veo|encuentro) (?:salida|futuro)|no (?:le )?(?:veo|encuentro|tiene) sentido (?:a )?nada|nada tiene sentido|(?:ya )?no (?:estare|voy a estar) (?:aqui|mas tiempo|viv[oa])', AFTER_OBJECT_ES],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:dejar de|no) existir|(?:hart[oa]|cansad[oa]) de (?:vivir|la vida|existir)|quiero que (?:todo|esto) (?:termine|acabe|se acabe|pare)(?! (?:de|con|pronto|rapido|bien))|(?:soy|me siento) (?:un|una) (?:estorbo|molestia)|me (?:despedi|he despedido) de (?:todos|mi familia|todo el mundo|mis hijos)'],
  ['SUICIDE', 'CRISIS', 'SELF', 'cortar(?:me)? las venas|ahorcarme|colgarme'],
  ['SUICIDE', 'CRISIS', 'SELF', 'me voy a (?:cortar|ahorcar|tirar|colgar)', /^ (?:el |la |las |los |mi |mis |un |una )?(?:pelo|cabello|unas|flequillo|fleco|barba|dedo|pan|carne|verdura|papel|tela|a la piscina|al agua|al sofa|en la cama)/],
  ['SUICIDE', 'CRISIS', 'SELF', 'ahorcarme|colgarme|(?:guardando|guardado|guardadas|juntando|acumulando|acumulado|escondiendo|escondidas) (?:muchas |mis |las |unas )?(?:pastillas|pildoras|medicinas)|(?:pastillas|pildoras) (?:guardadas|escondidas)'],
  // Means, preparation, method, plan, farewell
  ['SUICIDE', 'CRISIS', 'SELF', '(?:tome|me tome|trague|me trague|me he tomado|he tomado) (?:todas (?:mis|las)|un (?:bote|frasco) de|muchas|un monton de) (?:pastillas|pildoras|medicinas|medicamentos|pastis)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:tengo|compre|prepare|he comprado) (?:la|una) (?:cuerda|soga|pistola)(?! (?:para saltar|de saltar|de guitarra|de violin|de escalar|de escalada|para (?:el|la) (?:gym|gimnasio|crossfit|boxeo|perro|ropa)))(?: lista)?|(?:estoy|sigo) en (?:el|un|la|lo alto del?) (?:puente|azotea|tejado|borde|cornisa|vias)|(?:saltar|tirarme|lanzarme|aventarme) (?:del|de un|de la|desde el|al|a las|por la) (?:puente|edificio|azotea|tren|vias|balcon|ventana)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:este|esto) es mi ultimo mensaje|me (?:estoy despidiendo|despido) de (?:todos|todo el mundo|ustedes|vosotros)|(?:esto|este) es un adios|adios para siempre|carta de despedida|nota de suicidio'],
  // Self-harm
  ['SELF_HARM', 'CRISIS', 'SELF', 'me (?:corte|corto|estoy cortando|he cortado|quemo|queme|lastimo|lastime|he lastimado|hago dano|he hecho dano|estoy haciendo dano)|autolesionarme|autolesion(?:es)?(?<!\\b(?:sobre|acerca de|tema de|estudio de|prevencion de|investigacion sobre|trabajo de) (?:las |la |los |el )?autolesion(?:es)?)|cortarme (?:los brazos|las munecas|otra vez)|hacerme dano', /^ (?:el pelo|el dedo|el cabello|el flequillo|las unas|cocinando|afeitandome|con (?:un |una |el |la )?(?:papel|hoja|folio|lata|sobre)|sin querer)/],
  // Harm to others and abuse
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:quiero|voy a|tengo ganas de|pienso) (?:matar|apunalar|dispararle|disparar|lastimar|hacerle dano) a (?:mi|el|la|ese|esa|mis|un|una|todos)'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `me (?:esta |estan )?(?:pegando|pega|golpea|golpeando|maltrata|maltratando|viola|violo|amenaza|amenazando)|${TEAM_BEFORE}me (?:va|van|iba) a matar|amenaza con matarme|tengo miedo de volver a casa|(?:no estoy|no me siento) segura? en (?:casa|mi casa)`, FEELING_AFTER],
  ['SUICIDE', 'CONCERN', 'OTHER', `(?:quiere|queria|va a|piensa) (?:suicidarse|matarse|quitarse la vida)|se (?:quiere|quiso|va a) (?:suicidar|matar)|(?<!\\b(?:uno|una|si|cuando|alguien) )se (?:corta|esta cortando|ha cortado)|intento suicidarse|se suicido${NEWS_FRAME}`],
  // Round 2: other verb forms and word orders.
  ['SUICIDE', 'CRISIS', 'LIFE', 'no quiero (?:estar|seguir|quedarme) (?:viv[oa]|aqui|en este mundo)|regal[a-z]* (?:[a-z]+ ){0,8}(?:ya )?no (?:las|los|lo|la|me) (?:voy a necesitar|necesitare|necesito)'],
  ['SUICIDE', 'CRISIS', 'SELF', 'pens(?:ar|ando|ado|e|o|aba|amientos?) (?:[a-z]+ ){0,3}(?:en|de) (?:suicidarme|matarme|quitarme la vida|morirme|el suicidio|acabar con (?:todo|mi vida))|planead[oa] (?:como |cuando |donde )?(?:suicidarme|matarme|quitarme la vida|hacerlo|acabar con todo)', /^ (?:de (?:mi|su) (?:amig|herman|prim))/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:esta noche|hoy|manana|ahora|ya) me (?:mato|suicido)|me (?:mato|suicido)(?= \\.| ,|$)', /^ (?:estudiando|trabajando|de|a|en|por|con|corriendo|entrenando)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:voy a |quiero |me voy a )?tomar(?:me)? (?:todas (?:las|mis)|todo el (?:frasco|bote)|la caja entera|el frasco entero|el bote entero) ?(?:pastillas|pildoras|medicinas|medicamentos|calmantes)?', /^ (?:como|que me|del tratamiento|a tiempo|con (?:comida|agua))/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:tirar|lanzar|aventar|arrojar)(?:me)? (?:del|de un|de una|desde (?:el|un|la|una)) (?:puente|edificio|balcon|techo|azotea|acantilado|piso|ventana|tren)|(?:tirar|lanzar|aventar|arrojar)(?:me)? (?:al|bajo el|bajo un|a las|frente al) (?:tren|metro|vias|rio|vacio|coche|camion|auto|carro)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:adios|me despido de) (?:a )?(?:todos|todo el mundo|ustedes)|adios para siempre|gracias por todo y adios', /^ (?:,? )?(?:hasta|nos vemos|buen|que tengan|feliz|chao)/],
  ['SUICIDE', 'CONCERN', 'LIFE', 'ya no (?:las|los|lo|la) voy a necesitar|(?:no )?(?:le )?veo (?:ningun )?sentido (?:a|en) (?:la vida|vivir|nada|seguir|mi vida)|(?:la vida|mi vida|nada) (?:ya )?no tiene sentido|ojala no (?:despertara|despierte|amanezca|me despierte|hubiera nacido)|(?:dormir|dormirme) y no despertar(?:me)?|me gustaria (?:desaparecer|no existir|morir(?:me)?|estar muert[oa]|no despertar)'],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:pronto|dentro de poco) (?:ya )?no (?:voy a estar|estare)(?: mas)?(?: aqui)?(?= \\.| ,|$| y )'],
  ['SUICIDE', 'CONCERN', 'SELF', 'sobro en (?:este|el) mundo|estoy de mas en (?:este|el) mundo'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:buscando|busque|buscado|investigando) (?:en (?:internet|google) )?como (?:suicidarme|matarme|morir(?:me)?|quitarme la vida)'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'para que seguir(?: viviendo)?(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:video|mensaje|audio|carta) de despedida(?! (?:[a-z,]+ ){0,8}(?:jubila|jubilacion|se muda|se va|boda|cumple|soltera|soltero))'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'me encerro (?:en|dentro)|me (?:tiene|tienen) encerrad[oa]'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'quiero que (?:sangre|sufra|muera|se muera)|quiero que pague por (?:lo que|todo)'],
  ['SELF_HARM', 'CRISIS', 'SELF', 'me (?:volvi|he vuelto|vuelvo) a (?:cortar|lastimar|hacer dano|quemar|golpear)|volvi a (?:cortarme|lastimarme|hacerme dano|quemarme)', /^ (?:el pelo|el dedo|cocinando|sin querer|afeitando)/],
];

const PT: RuleSource[] = [
  ['SUICIDE', 'CRISIS', 'SELF', '(?:quero|queria|vou|preciso|tenho vontade de|vontade de|eu quero) (?:morrer|morre|morer|me matar|me suicidar|me suicida|tirar (?:a )?minha (?:propria )?vida|acabar com (?:tudo|a minha vida|minha vida))'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:penso|pensando|pensamentos?|ideias?) (?:em|de|sobre) (?:o )?(?:suicidio|me matar|morrer|me suicidar|me suicida|tirar minha vida)|(?:pensamentos|ideias) suicidas|planejando (?:acabar com tudo|me matar|tirar minha vida|me suicidar)'],
  ['SUICIDE', 'CONCERN', 'SELF', `${BARE_SUICIDE}|suicidar`, RECOVERED_AFTER],
  ['SUICIDE', 'CRISIS', 'LIFE', 'nao (?:quero|aguento|tenho vontade de|consigo) (?:mais )?viver|nao vale a pena viver'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'nao quero mais (?:estar aqui|existir|acordar)|(?:nao vejo|sem) sentido (?:em|de|na) (?:viver|vida)|nao aguento mais|nao tem saida|nao vejo saida|nada vai (?:melhorar|mudar)|(?:dormir e )?nao acordar mais', /^ (?:esse|essa|este|esta|isso|isto|o|a|os|as|de|com|do|da|meu|minha|ficar|trabalhar|esperar|estudar)\b/],
  ['SUICIDE', 'CONCERN', 'SELF', 'quem me dera (?:estar|ser|morrer|sumir)|(?:queria|quero) (?:sumir|desaparecer)(?! com )|(?:ficariam|ficaria|estariam|seriam) (?:todos )?(?:melhor|mais felizes) sem mim|sou um (?:peso|fardo)|(?:me sinto|estou) (?:pres[ao]|encurralad[ao])|sem saida|sem esperanca'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:vou|quero|vai) tomar (?:todos os|todas as|a cartela|o frasco|a caixa)|tomei (?:todos os|todas as|um monte de|a cartela|o frasco|muitos|muitas) (?:meus |minhas |os |as )?(?:remedios|comprimidos|pilulas|calmantes)|(?:comprei|tenho|ja comprei|ja tenho) (?:a|uma) (?:corda|arma)(?! (?:de pular|pra pular|para pular|de violao|de guitarra|de escalada|pra academia|para a academia))|(?:estou|to|tou) (?:na|no|em cima (?:da|do)) (?:ponte|telhado|beirada)|(?:vou|quero) (?:pular|me jogar)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:esta|essa) e (?:a )?minha ultima mensagem|(?:me despedindo|me despeco|dizendo adeus) (?:de|a) (?:todo mundo|todos|voces)|carta de despedida|adeus para sempre'],
  ['SELF_HARM', 'CRISIS', 'SELF', 'me (?:cortei|corto|cortando|machuco|machuquei|machucando|queimei|queimo)|(?:tenho|venho) me (?:machucado|cortado)|automutilacao|autolesao|me machucar de proposito', /^ (?:cozinhando|o cabelo|o dedo|a franja|as unhas|fazendo a barba|sem querer|(?:com|na) (?:a |uma |o |um )?(?:folha|papel|lata|caderno|envelope|faca de (?:cozinha|pao)))/],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:quero|vou) (?:matar|esfaquear|machucar|atirar em|bater em) (?:o|a|meu|minha|ele|ela|esse|essa|todos)'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `(?:esta|ta|vive) me (?:batendo|agredindo|ameacando|estuprando)|me (?:bate|agride|ameaca|estuprou|espanca)|${TEAM_BEFORE}vai me matar|(?:disse|falou|ameacou) que (?:vai|ia) me matar`, FEELING_AFTER],
  ['SUICIDE', 'CONCERN', 'OTHER', `quer se (?:matar|suicidar)|(?:vai|pensa em) se (?:matar|suicidar)|se (?:matou|suicidou)${NEWS_FRAME}|(?<!\\b(?:uno|una|si|se|quando|alguem|alguien|gente|voce) )se (?:cortou|corta)`],
  ['SUICIDE', 'CONCERN', 'SELF', 'cansad[oa] de (?:viver|tudo|existir|lutar|estar viv[oa])|(?:eu )?sobro (?:nesse|neste) mundo'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:pesquisei|pesquisando|procurei|procurando) (?:na (?:internet|net) |no google )?como (?:me matar|morrer|se matar|me suicidar|tirar minha vida)'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:pra|para) que (?:continuar|viver)(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:video|mensagem|audio|carta) de despedida(?! (?:[a-z,]+ ){0,8}(?:aposenta|aposentadoria|jubila|jubilacion|se muda|se va|vai embora|casamento|aniversario|boda|cumple))'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'me (?:trancou|tranca) (?:no|na|em|dentro)'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'quero que (?:ele|ela) (?:sangre|sofra|morra)'],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:logo|em breve) (?:eu )?nao (?:vou estar|estarei) mais(?: aqui)?(?= \\.| ,|$| e )'],
];

const IT: RuleSource[] = [
  ['SUICIDE', 'CRISIS', 'SELF', '(?:voglio|vorrei|ho voglia di|devo) (?:morire|uccidermi|ammazzarmi|suicidarmi|farla finita|togliermi la vita)|mi (?:voglio|vado a) (?:suicidare|uccidere|ammazzare)|(?:stanotte|stasera|domani|oggi) mi (?:ammazzo|uccido|suicido)|mi (?:ammazzo|uccido|suicido)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:penso|pensato|pensando|pensare|pensiero) (?:al|di|a|nel) (?:suicidio|uccidermi|morire|farla finita|ammazzarmi|togliermi la vita)|pensieri (?:suicidi|di morte)|idee suicide|(?:deciso|pianificando|intenzione) di (?:togliermi la vita|uccidermi|farla finita|ammazzarmi|suicidarmi)'],
  ['SUICIDE', 'CONCERN', 'SELF', `${BARE_SUICIDE}|suicidarmi`, RECOVERED_AFTER],
  ['SUICIDE', 'CRISIS', 'LIFE', 'non (?:voglio|ho voglia di|ce la faccio a) (?:piu )?(?:vivere|esistere)|non ce la faccio (?:piu )?a vivere'],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:preferirei|vorrei) (?:essere mort[ao]|morire)|(?:sto mettendo da parte|ho messo da parte|conservo) (?:le )?(?:pillole|pastiglie|medicine)'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'che senso ha (?:vivere|la vita|andare avanti)|non ha senso vivere|non migliorera mai|non c e (?:via d uscita|speranza|una via d uscita)|non ce la faccio piu|non svegliarmi piu', /^ (?:con|col|coi|per|da|a (?!vivere))/],
  ['SUICIDE', 'CONCERN', 'SELF', 'vorrei (?:essere mort[ao]|sparire(?! (?:sotto|dentro|in|per (?:un|qualche)|fino))|non esistere|non essere mai nat[ao])|(?:starebbero|stareste|sarebbero|starebbe) (?:tutti )?meglio senza di me|sono un peso|in trappola|senza speranza|senza via d uscita', /^ (?:massimo|piuma|medio|welter|leggero|mosca)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', 'ho preso tutte le (?:mie )?(?:pillole|pastiglie|medicine|compresse)|(?:ho comprato|ho gia) (?:una|la) corda(?! (?:per saltare|da salto|della chitarra|per la chitarra|da arrampicata|per arrampicare|per la palestra))|sono sul (?:ponte|tetto|cornicione)|(?:buttarmi|lanciarmi|gettarmi) (?:dal|giu|sotto)|voglio buttarmi'],
  ['SUICIDE', 'CRISIS', 'SELF', 'il mio ultimo messaggio|(?:sto dicendo|dico) addio a tutti|lettera (?:d|di) addio|addio per sempre'],
  ['SELF_HARM', 'CRISIS', 'SELF', 'mi (?:sono )?(?:tagliat[ao]|taglio|faccio del male|sono fatt[ao] del male|brucio|sono bruciat[ao])|autolesionismo|farmi del male|mi (?:voglio|vado a) (?:tagliare|fare del male|bruciare)', /^ (?:mentre cucinavo|cucinando|i capelli|il dito|la frangia|le unghie|radendomi|per sbaglio|con (?:la |un |una |il |lo )?(?:carta|foglio|busta|lattina|coltello del pane|forbici|apriscatole))/],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:voglio|vado a) (?:uccidere|ammazzare|accoltellare|picchiare|sparare a) (?:il|la|lo|mio|mia|quel|quella|lui|lei|tutti)'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'mi (?:picchia|sta picchiando|violenta|minaccia|ha picchiat[ao]|ha minacciat[ao])|minacciat[ao] di morte|mi (?:ammazza|uccide) se|(?:ha detto|dice) che mi (?:ammazza|uccide)|vuole uccidermi|vuole ammazzarmi'],
  ['SUICIDE', 'CONCERN', 'OTHER', `vuole (?:uccidersi|ammazzarsi|suicidarsi|farla finita)|si e (?:ucciso|uccisa|suicidat[ao])${NEWS_FRAME}|(?<!\\bci )si taglia`],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:presto|tra poco) non ci saro piu(?= \\.| ,|$| e )'],
  ['SUICIDE', 'CONCERN', 'SELF', 'sono di troppo (?:a|in) questo mondo'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:cercato|cercando|cerco) (?:su (?:internet|google) )?come (?:uccidermi|morire|suicidarmi|uccidersi|ammazzarmi|farla finita)'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'a che serve (?:andare avanti|vivere|continuare)(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:video|messaggio|lettera) di addio(?! (?:[a-z,]+ ){0,8}(?:pensione|si trasferisce|trasloca|matrimonio|compleanno))'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'mi ha chius[oa] (?:a chiave )?(?:in|dentro)|mi chiude (?:a chiave )?in'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'voglio che (?:sanguini|soffra|muoia)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:la )?faccio finita|(?:stanotte|stasera|domani|oggi) (?:la )?faccio finita'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'non ha (?:piu )?senso (?:niente|nulla|vivere|la vita|andare avanti)|niente ha (?:piu )?senso'],
];

export const ES_RULES = compile(ES);
export const PT_RULES = compile(PT);
export const IT_RULES = compile(IT);
