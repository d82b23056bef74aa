/**
 * Indirect warning signs in Spanish, French, German, Portuguese and Italian (folded text, as in
 * crisis-lexicon-core.ts), one block of families per sign, each written for all five languages:
 * a dose already taken ("me tomé como 20 pastillas", "die ganze Packung geschluckt"), throwing
 * oneself from a height said in the present ("me tiro del puente"), a day named for the end ("el
 * viernes es el día"), not being there for the next session or alive by a day, last greetings to a
 * group, a will "and only the rest left", self-harm in progress, a threat named by the act ("la
 * investo", "stich ihn ab"), violence at home right now, feeling a burden, at a dead end, tired of
 * living, nobody noticing one's death. Registers and regional forms (Rioplatense, Québécois,
 * Bavarian) are matched where they are common.
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

const END = '(?= \\.| ,|$)';

const SOURCES: Record<ForeignLanguage, RuleSource[]> = {
  es: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ya )?(?:me tome|tome|me trague|me he tomado) (?:como |unas |unos |casi |mas de )?(?:[1-9][0-9]+ |todo el bote|toda la caja|todo el frasco|todas las)|me tomo todo el (?:bote|frasco)'],
    ['SUICIDE', 'CRISIS', 'SELF', 'me (?:tiro|lanzo|aviento|arrojo) (?:del|de la|de un|de una|desde el|desde la|por la|al|bajo el|bajo un) (?:puente|ventana|balcon|edificio|azotea|techo|tren|metro|camion|vias|acantilado)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|[0-9]+) es el dia(?! (?:de|del|en que)\\b)|(?:ahi|ese dia|entonces) se acaba todo|no (?:voy a estar|estare) viv[oa] (?:para|el)|ya no me van a ver mas|no van a saber (?:mas )?de mi'],
    ['SUICIDE', 'CRISIS', 'SELF', `testamento (?:[a-z]+ |, ){0,12}(?:solo (?:me )?falta|falta lo ultimo|todo (?:listo|organizado|en orden))|(?:esta es|este es) mi (?:despedida|ultimo saludo|ultimo mensaje)`],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:a punto de|por|voy a) (?:quemarme|cortarme|lastimarme)|me (?:estoy )?(?:quemando|cortando) (?:con|los|las|el|la)|me (?:pego|golpeo|doy) (?:[a-z]+ ){0,3}contra la pared'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:lo|la) (?:mato|atropello)${END}|reventarle la cabeza a|(?:le|les) (?:prendo|voy a prender) fuego`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'SELF', 'me (?:rompe|va a romper|va a reventar) la (?:cara|cabeza)|(?:estoy|me) escondid[oa] (?:en|bajo|debajo)'],
    ['SUICIDE', 'CONCERN', 'SELF', `(?:podrid[oa]|hart[oa]|cansad[oa]) de (?:existir|vivir|luchar)|(?:soy|me siento) (?:una )?(?:carga|estorbo)|sin mi (?:estarian|vivirian|les iria) mejor|(?:estoy )?en un callejon sin salida|no veo como salir${END}|ojala me pase algo`],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:esos |los )?pensamientos (?:feos )?(?:han )?(?:vuelto|volvieron)|vuelvo a tener esos pensamientos|pensando cosas feas otra vez|nada (?:nunca )?va a cambiar(?: nunca)?(?= \\.| ,|$)'],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:le di|di) (?:pinas|punetazos|golpes) a la pared|golpee la pared'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:diganle|dile|decile|digan|decirle) a (?:la|el|mi) (?:doctora|doctor|psicologa|psicologo|terapeuta)(?: [a-z]+)? (?:[a-z]+ |, ){0,8}(?:no (?:fue|es) su culpa|hizo (?:todo )?lo (?:que pudo|posible)|lo intento)|(?:ya )?se (?:exactamente )?como y (?:cuando|donde)|cuantos pisos (?:necesito|hacen falta|se necesitan)|esta noche (?:se acaba|termina) (?:este|el) dolor(?!(?: [a-z,]+){0,10} (?:dente|siso|muela|dent|dents|zahn|dentista|dentiste|zahnarzt|remedio|antibiotico|antibiotique|cirurgia|cirugia|operacao|operacion|operation|kkk|jaja))'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:garaje|cochera)(?: [a-z,]+){0,10} motor (?:prendido|encendido)|motor (?:prendido|encendido)(?: [a-z,]+){0,10} (?:garaje|cochera)'],
  ],
  fr: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:j ai (?:deja )?(?:pris|avale)|jai (?:pris|avale)) (?:genre |environ |plus de |presque )?(?:[1-9][0-9]+ |toute la boite|tout le tube|toute la plaquette|tous mes|toutes mes)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:je me jette|je me lance|jvais me jeter|je vais me jeter|jvais me crisser|je vais me crisser|me crisser) (?:du|d un|par la|sous|en bas du|en bas d un) (?:pont|toit|fenetre|balcon|immeuble|train|metro|falaise)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|demain) (?:c est|ce sera) le jour(?! (?:de|du|d|des|ou)\\b)|c est bientot fini pour moi|je (?:ne )?serai plus la pour|vous (?:n )?entendrez plus parler de moi|vous (?:ne )?me reverrez (?:pas|plus|jamais)|c est la derniere fois que j ?ecris'],
    ['SUICIDE', 'CRISIS', 'SELF', 'testament (?:[a-z]+ |, ){0,12}(?:il (?:ne )?reste (?:que|plus que)|tout est (?:en ordre|pret|regle))|(?:je vous ecris|j ecris) (?:juste )?pour (?:vous )?dire adieu|ce soir la douleur s ?arrete(?!(?: [a-z,]+){0,10} (?:dente|siso|muela|dent|dents|zahn|dentista|dentiste|zahnarzt|remedio|antibiotico|antibiotique|cirurgia|cirugia|operacao|operacion|operation|kkk|jaja))'],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:en train de |je vais )?me (?:taillader|scarifier|tailler) (?:les|la|le|mes)|me pincer (?:fort )?(?:les|le) bras'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `je (?:l|le|la) (?:ecrase|bute|descends)${END}|(?:lui|leur) (?:mettre|foutre) le feu`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'SELF', '(?:va|veut) me (?:defoncer|tabasser|casser la gueule|frapper ce soir)|je suis cachee? (?:sous|dans|derriere)|essaie d ?entrer dans ma chambre'],
    ['SUICIDE', 'CONCERN', 'SELF', `(?:fatigue|fatiguee|tanne|tannee|epuise|epuisee) de (?:vivre|toute|tout|exister|me battre)|(?:jsuis|chu|je suis) de trop|je derange partout|(?:dans une|une) impasse totale|je vois pas comment m en sortir|si je meurs (?:demain )?(?:[a-z]+ )?personne (?:ne )?(?:le )?(?:remarquerait|verrait)|je tiens plus comme ca`],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:ces |mes |les )?(?:pensees|idees noires) sont revenues|rien ne (?:changera|va changer)(?: jamais)?(?= \\.| ,|$)'],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:frappe|cogne|tape) (?:dans |contre )?le mur'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:dites|dis) (?:a la|au|a ma|a mon) (?:therapeute|psy|docteure|docteur|psychologue)(?: [a-z]+)? (?:[a-z]+ |, ){0,8}(?:(?:ce n est|c est|cest) pas (?:de )?sa faute|(?:elle|il) a fait (?:tout )?(?:son possible|de son mieux))|je sais exactement comment(?: je vais faire)? et (?:quand|ou)|combien d ?etages (?:il faut|faut il)|la seance de [a-z]+ sera la derniere'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:garage|falaise)(?: [a-z,]+){0,10} moteur (?:tourne|allume)|moteur (?:tourne|allume)(?: [a-z,]+){0,10} (?:garage|falaise)'],
  ],
  de: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:die|eine) ganze packung (?:[a-z]+ )?(?:geschluckt|genommen|eingeworfen)|(?:hab|habe) (?:grad |gerade |vor [a-z0-9]+ [a-z]+ )?(?:[1-9][0-9]+|alle) (?:tabletten|pillen|tavor|schlaftabletten)? ?(?:geschluckt|genommen|eingeworfen)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:i|ich) (?:hau|werf|schmeiss|schmeis) (?:mi|mich) (?:heut |heute |jetzt )?(?:vorn|vor den|vor einen|von der|vom) (?:zug|lkw|brucke|dach)|i bring mi (?:heit |heut |heute )?um|vor einen lkw zu fahren'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute) ist der tag(?! (?:der|des|von|an dem|wo)\\b)|dann (?:hat das alles|ist alles) (?:ein ende|vorbei)|ist es soweit|(?:brauchen|musst|muessen|mussen) (?:sie|du) (?:[a-z]+ ){0,3}nicht mehr (?:fur|fuer) mich (?:frei ?halten|reservieren)|bis dahin hat sich das erledigt|(?:die|das) (?:stunde|sitzung|termin) am [a-z]+ wird (?:die|der|das) letzte sein'],
    ['SUICIDE', 'CRISIS', 'SELF', 'testament ist gemacht|(?:ich hab|hab) meinen frieden|(?:wollte|will) nur noch danke sagen|keiner soll (?:wegen mir|meinetwegen) (?:[a-z]+ ){0,2}aufraeumen|(?:zettel|namen) (?:[a-z]+ ){0,3}wer was (?:kriegt|bekommt)|adieu zame|lebt wohl'],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:ich )?(?:schneid|schneide|ritz|ritze) (?:mir|mich) (?:grad|gerade|jetzt)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:stich|stech|stach) (?:ihn|sie|den|die) (?:[a-z]+ )?ab|fahr (?:ihn|sie) (?:um|tot)|dann wird er sehen was er davon hat'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'SELF', '(?:hat|haut) mir (?:grad |gerade |eben )?(?:eine )?(?:geschmiert|gescheuert|geklebt|reingehauen)|(?:hab|habe) mich (?:[a-z]+ ){0,3}versteckt'],
    ['SUICIDE', 'CONCERN', 'SELF', `(?:nur )?(?:ne|eine) last (?:fur|fuer) alle|klotz am bein|ohne mich (?:hatten|haetten|waren|waeren|hatte|haette) (?:sie|sies|es|alle)|(?:in der|in einer) sackgasse|seh(?:e)? keinen weg (?:raus|mehr)|wenn ich (?:morgen )?sterb(?:e)? (?:wurds|wuerds|wurde es|wuerde es|wurde das) (?:eh )?keiner merken|fall ich niemandem mehr zur last|heut(?:e)? will ich nicht leben`],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:die )?(?:dunklen |schlimmen |bosen |boesen )?gedanken sind wieder da|(?:fur|fuer) alle (?:nur )?(?:ne|eine) last|nichts wird sich (?:je |jemals )?(?:andern|aendern)|wird sich (?:eh )?nie (?:was|etwas) (?:andern|aendern)'],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:gegen die wand (?:geschlagen|geboxt|gehauen)|(?:die )?wand (?:geschlagen|geboxt))'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:sagt|sag|sagen sie) (?:der|dem|meiner|meinem) (?:therapeutin|therapeut|aerztin|arztin|arzt|psychologin|psychologe)(?: [a-z]+)? (?:[a-z]+ |, ){0,8}(?:(?:sie|er) hat sich (?:echt |wirklich |so )?(?:muehe|muhe) gegeben|(?:nicht|keine) (?:ihre|seine) schuld)|ich weiss genau wie und (?:wo|wann)|wie viele stockwerke|ab welcher (?:hohe|hoehe)|(?:die|das) (?:stunde|sitzung) am [a-z]+ wird (?:die|das) letzte sein|heute nacht (?:hort|hoert) der schmerz auf(?!(?: [a-z,]+){0,10} (?:dente|siso|muela|dent|dents|zahn|dentista|dentiste|zahnarzt|remedio|antibiotico|antibiotique|cirurgia|cirugia|operacao|operacion|operation|kkk|jaja))'],
    ['SUICIDE', 'CRISIS', 'SELF', 'garage(?: [a-z,]+){0,10} motor (?:lauft|laeuft|an)|motor (?:lauft|laeuft)(?: [a-z,]+){0,10} garage'],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ja )?(?:tomei|engoli) (?:uns |umas |tipo |quase |mais de )?(?:[1-9][0-9]+ |a cartela toda|a caixa toda|o frasco todo|todos os|todas as)|vou tomar tudo'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:me jogo|vou me jogar|me atiro) (?:da|do|de|na frente d[oe]|pela) (?:ponte|janela|predio|viaduto|trem|metro|sacada|varanda|caminhao)|meter uma bala na (?:cabeca|minha cabeca)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|hoje) (?:e|sera) o dia(?! (?:de|do|da|em que)\\b)|(?:ai|entao|la) acaba tudo|(?:nao )?(?:vou|vai) (?:estar|ficar) viv[oa] (?:pra|para|ate)|(?:voces|vcs) nao vao (?:mais )?(?:me ver|ouvir falar de mim)|(?:essa|esta) e (?:a )?minha despedida|ninguem vai chegar a tempo'],
    ['SUICIDE', 'CRISIS', 'SELF', 'testamento (?:[a-z]+ |, ){0,12}(?:so falta|falta o resto|tudo (?:organizado|pronto|certo))|(?:juntando|guardando) (?:os |as )?(?:remedios|comprimidos) (?:[a-z]+ ){0,6}(?:ja tenho|faz)'],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:arranhei|cortei|queimei|machuquei) (?:o )?(?:meu|minha) (?:braco|bracos|perna|pernas|pulso|coxa|coxas)|(?:to|estou) me (?:cortando|queimando|machucando)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `passo com o carro por cima|(?:o|a) atropelo${END}|(?:boto|ponho|vou botar|vou por) fogo na casa d`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'SELF', '(?:to|estou) escondid[oa] (?:no|na|debaixo|embaixo|atras)|vai me (?:quebrar|arrebentar|espancar)'],
    ['SUICIDE', 'CONCERN', 'SELF', `(?:cansad[oa]|exaust[oa]) de (?:viver|existir|lutar)|(?:sou|me sinto) (?:um )?(?:peso|fardo|estorvo)|morrer (?:as vezes )?parece (?:um )?descanso|(?:queria|quero) que um (?:raio|caminhao|onibus) (?:caisse|me atropelasse)|nao sei se quero continuar|fico dias sem comer`],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:os )?pensamentos (?:ruins )?voltaram|nada (?:nunca )?vai mudar(?= \\.| ,|$)|eu so atrapalho|(?:todo lugar|onde) (?:que )?eu (?:chego|vou) eu sobro'],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:soquei|esmurrei|bati) (?:n)?a parede'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:fala|diz|diga|avisa|falem|digam) (?:pra|para|a) (?:psicologa|psicologo|terapeuta|doutora|doutor|minha psicologa)(?: [a-z]+)? (?:[a-z]+ |, ){0,8}(?:(?:ela|ele) tentou|nao (?:foi|e) culpa (?:dela|dele|sua))|(?:ja )?sei (?:exatamente )?como e (?:quando|onde)|quantos andares (?:precisa|precisam|sao precisos)|(?:hoje|hj) a noite (?:essa|a) dor acaba(?!(?: [a-z,]+){0,10} (?:dente|siso|muela|dent|dents|zahn|dentista|dentiste|zahnarzt|remedio|antibiotico|antibiotique|cirurgia|cirugia|operacao|operacion|operation|kkk|jaja))|(?:esta|ta) tudo pensado'],
    ['SUICIDE', 'CRISIS', 'SELF', 'garagem(?: [a-z,]+){0,10} motor ligado|motor ligado(?: [a-z,]+){0,10} garagem'],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ho (?:gia )?preso|ho ingoiato|ho buttato giu) (?:tipo |circa |quasi |piu di )?(?:[1-9][0-9]+ |tutta la scatola|tutto il flacone|tutta la confezione|tutte le|tutti i)|(?:prendo|ingoio) tutto'],
    ['SUICIDE', 'CRISIS', 'SELF', 'mi (?:butto|lancio|getto) (?:dalla|dal|giu dal|giu dalla|sotto il|sotto un) (?:finestra|ponte|balcone|palazzo|tetto|treno|viadotto)|basta scavalcare la ringhiera'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|stasera) (?:e|sara) il giorno(?! (?:di|del|della|in cui)\\b)|(?:li|allora) finisce tutto|non (?:saro|saro piu) viv[oa] (?:per|a|entro)|non (?:mi )?(?:rivedrete|sentirete) piu|(?:questo e|e) il mio ultimo saluto|non serve riprogrammare|nessuno arrivera in tempo'],
    ['SUICIDE', 'CRISIS', 'SELF', 'testamento (?:[a-z]+ |, ){0,12}(?:manca solo|ora manca|resta solo|tutto (?:sistemato|pronto|a posto))|metto da parte (?:i |le )?(?:sonniferi|pillole|pastiglie|farmaci)'],
    ['SELF_HARM', 'CRISIS', 'SELF', 'mi sono (?:graffiat[oa]|tagliat[oa]|bruciat[oa]) (?:il|la|le|i) (?:braccio|braccia|gamba|gambe|polso|polsi|cosce|coscia)|mi sto (?:tagliando|bruciando|graffiando)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:la|lo) investo${END}|gli do fuoco|(?:le|gli) (?:do|daro) fuoco alla casa`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'SELF', '(?:sono|mi sono) nascost[oa] (?:in|sotto|nel|nella|dietro)|mi (?:spacca|rompe) la faccia'],
    ['SUICIDE', 'CONCERN', 'SELF', `(?:stanc[oa]|stanchissim[oa]) di (?:lottare|vivere|esistere)|(?:sono|mi sento) un peso|non so se voglio andare avanti|vorrei che mi cadesse un fulmine|in un vicolo cieco`],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:sono tornati i pensieri|i pensieri (?:brutti )?sono tornati)|(?:tanto )?non cambia (?:mai )?niente|niente cambiera|sono di troppo|do solo fastidio'],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:preso a pugni|preso a calci) il muro'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:dite|di|dica|dire) (?:alla|al) (?:dottoressa|dottore|psicologa|psicologo|terapeuta)(?: [a-z]+)? (?:[a-z]+ |, ){0,8}(?:non e colpa sua|ha fatto tutto il possibile|ci ha provato)|non e colpa sua(?: ,)? ha fatto tutto il possibile|so (?:esattamente )?come e (?:quando|dove)|da che altezza non si sopravvive|stanotte (?:finisce|finira) (?:il|questo) dolore(?!(?: [a-z,]+){0,10} (?:dente|siso|muela|dent|dents|zahn|dentista|dentiste|zahnarzt|remedio|antibiotico|antibiotique|cirurgia|cirugia|operacao|operacion|operation|kkk|jaja))|per sempre perche io non posso piu'],
    ['SUICIDE', 'CRISIS', 'SELF', 'garage(?: [a-z,]+){0,10} motore acceso|motore acceso(?: [a-z,]+){0,10} garage'],
  ],
};

/** The indirect-sign rules per language, run with the phrase lexicons. */
export const INDIRECT_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(SOURCES);
