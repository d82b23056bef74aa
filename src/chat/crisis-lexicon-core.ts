/**
 * The general grammar of the foreign screen (crisis-foreign.ts), per language, on folded text: a
 * drive (want, wish, urge, intend, plan, think about …) followed within a few words by a first-person
 * lethal act (die, kill myself, end my life, leave for good, not wake up …) is CRISIS, as in English
 * (crisis-drive.ts); the act said outright in the present with a time ("esta noche me mato", "stasera
 * mi tolgo la vita") is CRISIS; method questions ("how many pills to not wake up"), a day plus a
 * decision ("el sabado lo hago, ya lo decidi"), nobody noticing, "better not to exist", doses counted
 * in boxes, letters to family and third-person reports are shared shapes across the five languages.
 * The phrase lists in crisis-lexicon-*.ts stay for the idioms.
 */
import { compile, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

interface Grammar {
  drive: string;
  act: string;
  /** Acts said outright, first person present or future ("me mato", "mi tolgo la vita"). */
  doing: string;
  time: string;
  /** "how many": with a lethal outcome after it, a method question. */
  howMany: string;
  outcome: string;
  /** Deciding and doing "it" on a day. */
  decided: string;
  nobody: string;
  better: string;
  forever: string;
  doseBox: string;
  letter: string;
  reported: string;
  selfHarm: string;
  /** Pills put aside "for when". */
  stash: string;
  /** "does it hurt" + a method: a method question. */
  pain: string;
  method: string;
  /** Not wanting to go on, said at a clause end ("ya no quiero seguir"; not "seguir con la dieta"). */
  goOn: string;
  deadInside: string;
  forced: string;
  wroteAll: string;
  /** Pill words and "in front of me": a counted dose within reach. */
  pills: string;
  reach: string;
  /** "if I leave him he'll kill me". */
  leaveThreat: string;
  /** "it would be easier for everyone if I weren't here". */
  easier: string;
  /** Wishing a car would hit me; the height of a fatal fall; rope at hand; thanks + care for my pet; someone comes into my room at night. */
  wishHit: string;
  height: string;
  rope: string;
  thanksCare: string;
  nightRoom: string;
  /** "would anyone care if I disappeared"; jumping with a time and no object. */
  anyoneCare: string;
  jump: string;
  notAlive: string;
  gunUse: string;
  hurtOther: string;
  abuseSoon: string;
}

// A negator between the drive and the act denies it ("ich will nicht sterben"), so it breaks the chain.
const GAP = '(?:(?:(?!(?:no|nicht|ne|pas|non|nao|nunca|nie|niemals|jamais|mai|kein|keine)\\b)[a-z]+|,) ){0,4}';

const GRAMMAR: Record<ForeignLanguage, Grammar> = {
  es: {
    drive: '(?:todo listo para|listo para|lista para|preparado para|no dejo de pensar en|pensar en|intente|trate de|he intentado|quiero|quisiera|kiero|ganas de|me dan ganas de|voy a|me voy a|pienso|pensando en|pensado en|necesito|deseo|planeo|decidi|me gustaria|tengo que|prefiero|me quiero)',
    act: '(?:morir(?:me)?|matarme|suicidarme|quitarme la vida|acabar con (?:mi vida|todo)|terminar con (?:mi vida|todo)|ir(?:me)? para siempre|desaparecer para siempre|dormir para siempre|colgarme|ahorcarme|cortarme las venas|tirarme (?:del|de un|al|bajo)|aventarme|no despertar(?:me)?)',
    doing: '(?:me (?:mato|suicido|quito la vida|cuelgo|ahorco)|acabo con (?:mi vida|todo)|me corto las venas)',
    time: '(?:esta noche|hoy|manana|el (?:sabado|domingo|lunes|martes|miercoles|jueves|viernes)|este (?:fin de semana|sabado|domingo|viernes)|ahora)',
    howMany: '(?:cuantas|cuantos|que cantidad de)',
    outcome: '(?:no despertar|morir|matar(?:me|te|se)?|ser mortal|ser letal|una sobredosis)',
    decided: '(?:lo voy a hacer|lo hago|lo hare)(?: ,)? (?:ya )?(?:lo )?(?:decidi|tengo decidido|esta decidido)',
    nobody: 'nadie (?:me )?(?:extranaria|extranara|me echaria de menos|lloraria|me buscaria)|nadie (?:notaria|se daria cuenta) si (?:me (?:muero|muriera|mato|matara|fuera para siempre)|desaparec[a-z]+|ya no (?:estoy|estuviera)|no estuviera)|(?:estarian|estaria|vivirian) (?:todos )?mejor si (?:me muero|me muriera|no estuviera|desapareciera|ya no estoy)',
    better: '(?:seria|sera|es) mejor (?:no existir|no estar|no despertar|morir(?:me)?|desaparecer|estar muert[oa])|(?:no sirvo para nada|solo estorbo)',
    forever: '(?:dormir|irme|desaparecer) para siempre',
    doseBox: '(?:una caja entera|un frasco entero|un bote entero|todo el frasco|toda la caja|un blister entero) de',
    letter: '(?:escribi|he escrito|deje|tengo escrita) (?:la|una) carta (?:para|a) (?:mi|mis) (?:mama|madre|papa|padre|hij[oa]s?|familia|herman[oa]|espos[oa]|novi[oa]|pareja)',
    reported: '(?:escribio|dijo|conto|mando|dice) (?:[a-z]+ ){0,3}que (?:se )?quiere (?:morir|matar|suicidar)|(?:habla|hablaba|dice|dijo) (?:de|que) (?:se (?:va|quiere) (?:a )?)?(?:suicidar(?:se)?|matar(?:se)?|quitarse la vida)',
    selfHarm: 'me (?:estoy|sigo) (?:cortando|lastimando|haciendo dano|quemando)',
    stash: '(?:guardando|guardadas|guardados|guardo|escondiendo|juntando) (?:[a-z]+ )?(?:pastillas|pildoras|medicinas|medicamentos|calmantes) (?:[a-z]+ )?(?:para cuando|por si)',
    pain: '(?:duele|dolera|doleria|es doloroso|sufre uno)',
    method: '(?:cortarse las venas|cortarme las venas|ahorcarse|ahorcarme|colgarse|colgarme|tirarse|tirarme|morir|una sobredosis|ahogarse|envenenarse)',
    goOn: '(?:ya )?no quiero (?:mas )?(?:seguir|continuar)(?: asi| viviendo)?',
    deadInside: '(?:muert[oa]|muriendo) por dentro',
    forced: 'me (?:obliga|obligo|fuerza|forzo) a (?:hacer cosas|tener sexo|acostarme|tocarl[oa])',
    wroteAll: '(?:les|le) escribi a todos|me despedi de (?:todos|todo el mundo)',
    pills: '(?:pastillas|pildoras|capsulas|comprimidos|calmantes)',
    reach: '(?:las estoy mirando|frente a mi|delante de mi|en la mano|listas|aqui conmigo)',
    wishHit: 'ojala (?:me )?(?:atropellara|atropelle|matara|pasara algo)|ojala (?:un|una) [a-z]+ me (?:atropellara|atropelle|matara)',
    height: '(?:que altura|cuantos metros|cuantos pisos)',
    rope: '(?:la soga|la cuerda|el arma|la pistola) (?:ya )?(?:esta )?(?:en el armario|lista|preparada|escondida)|(?:las pastillas|las pildoras) (?:ya )?(?:estan )?(?:en mi (?:bolsillo|mano|bolso)|listas)',
    anyoneCare: '(?:le )?importaria (?:a alguien )?si (?:desaparezco|desapareciera|me muero|me muriera|no estuviera)',
    notAlive: '(?:desearia|quisiera|ojala) no (?:estar viv[oa]|existir|estar aqui)',
    gunUse: '(?:arma|pistola|escopeta) (?:[a-z]+ ){0,4}(?:pienso|pensando) en usarla',
    hurtOther: '(?:quiero|voy a) (?:hacerle dano|lastimar|golpear) a (?:mi|mis|ese|esa|el|la)',
    abuseSoon: 'me (?:va|van) a (?:pegar|golpear|lastimar|hacer dano) (?:cuando|si)',
    jump: '(?:voy a|quiero) saltar(?: (?:esta noche|hoy|ahora|manana))?(?= \\.| ,|$)',
    thanksCare: 'gracias por todo(?: [a-z,.]+){0,6} cuid[a-z]* (?:a |de )?mi',
    nightRoom: '(?:entra|viene|se mete|se cuela) (?:a|en) mi (?:cuarto|habitacion|cama|pieza) (?:en la|por la|de|cada|todas las) noches?|es el dia(?: ,| \\.)? (?:[a-z]+ ){0,3}ya no (?:voy a estar|estare)',
    easier: '(?:seria|sera) (?:mas facil|mejor|mas sencillo) (?:para (?:todos|todo el mundo|mi familia) )?si (?:yo )?(?:no estuviera|ya no estuviera|me muriera|desapareciera|no existiera)(?! (?:en|con|ahi|alli)\\b)',
    leaveThreat: 'si (?:lo |la |te )?(?:dejo|me voy|denuncio|cuento|hablo) (?:[a-z]+ ){0,3}me (?:mata|matara|va a matar)'
  },
  fr: {
    drive: '(?:tout prepare pour|prepare pour|pret a|prete a|essaye de|essaye d|essayer de|tente de|veux|voudrais|envie de|envie d|vais|pense|pense a|besoin de|compte|decide de|prevois de|aimerais|j ai envie de)',
    act: '(?:mourir|crever|me tuer|me suicider|me suicide|me suicidee|en finir|mettre fin a (?:mes jours|ma vie)|me foutre en l air|partir pour (?:de bon|toujours)|disparaitre pour toujours|dormir pour toujours|me pendre|me jeter (?:sous|du|d un|par)|ne (?:pas|plus) me reveiller)',
    doing: '(?:je me tue|je me suicide|je mets fin a (?:mes jours|ma vie)|je passe a l acte|j en finis|je me pends)',
    time: '(?:ce soir|cette nuit|aujourd hui|demain|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|ce week end|maintenant)',
    howMany: '(?:combien)',
    outcome: '(?:ne (?:pas|plus) se reveiller|mourir|tuer|etre mortel|etre fatal|une overdose)',
    decided: '(?:passe a l acte|passer a l acte|je le fais|je vais le faire)(?: ,)? (?:c est )?(?:decide|j ai decide)?',
    nobody: 'personne ne (?:me )?(?:regretterait|manquerait|pleurerait)|personne ne (?:remarquerait|verrait|se rendrait compte) si je (?:disparaissais|mourais|n etais plus la|me tuais|partais pour (?:toujours|de bon))',
    better: '(?:serait|ce serait|c est) mieux (?:de ne (?:plus|pas) (?:etre la|exister|me reveiller)|si je n etais (?:plus|pas) la|si je mourais|sans moi)',
    forever: '(?:dormir|partir|disparaitre) pour (?:toujours|de bon)',
    doseBox: '(?:une boite|un tube|toute la boite|toute la plaquette|une plaquette entiere|plein|un flacon) (?:de|d)',
    letter: '(?:ecrit|laisse|prepare) (?:une|la|des) lettres? (?:pour|a) (?:ma|mon|mes) (?:mere|pere|maman|papa|soeur|frere|enfants?|famille|femme|mari|copain|copine)',
    reported: '(?:ecrit|dit|envoye) (?:[a-z]+ ){0,3}qu (?:il|elle) (?:veut|va) (?:mourir|se tuer|se suicider|en finir)|(?:parle|parlait|dit|a dit) (?:de|qu (?:il|elle) (?:veut|va)) (?:se )?(?:tuer|suicider|en finir)|(?:parle|parlait) de se (?:tuer|suicider)',
    selfHarm: 'me suis (?:encore )?fait du mal|je me fais (?:encore )?du mal|me (?:mutile|scarifie) (?:encore|toujours)',
    stash: '(?:garde|cache|accumule|mets de cote) (?:des |mes |les )?(?:medicaments|cachets|pilules|comprimes|somniferes) (?:[a-z]+ ){0,2}(?:au cas ou|pour le jour|pour quand)',
    pain: '(?:ca fait mal|est ce que ca fait mal|c est douloureux|on souffre)',
    method: '(?:de )?(?:se pendre|me pendre|se couper les veines|me couper les veines|se jeter|me jeter|mourir|une overdose|se noyer|s empoisonner)',
    goOn: '(?:je )?(?:ne )?(?:veux|peux) (?:plus|pas) continuer(?: comme ca| a vivre)?',
    deadInside: '(?:mort|morte|mourir) (?:a|de) l interieur',
    forced: 'm (?:oblige|force|a oblige|a force)e? a (?:faire des choses|coucher|avoir des rapports)',
    wroteAll: 'ecrit a tout le monde|dit adieu a tout le monde',
    pills: '(?:cachets|comprimes|pilules|medicaments|gelules|somniferes)',
    reach: '(?:devant moi|dans (?:la|ma) main|prets|pretes|a cote de moi)',
    wishHit: '(?:aimerais|voudrais|souhaite) qu (?:une?|un) [a-z]+ me (?:renverse|tue|ecrase)',
    height: '(?:quelle hauteur|combien de metres|combien d etages)',
    rope: 'la corde (?:est )?(?:dans mon|prete|cachee)|(?:les )?(?:cachets|pilules) sont (?:dans ma (?:poche|main)|prets)',
    anyoneCare: '(?:soucierait|remarquerait|manquerait) si je (?:disparaissais|mourais|n etais plus la)',
    notAlive: '(?:aimerais|voudrais|prefererais) ne (?:pas|plus) (?:etre (?:en vie|la|vivante?)|exister)',
    gunUse: '(?:arme|pistolet|fusil) (?:[a-z]+ ){0,5}(?:pense a|penser a) (?:m en servir|l utiliser)',
    hurtOther: '(?:veux|vais|envie de) (?:lui )?faire du mal a (?:mon|ma|mes|ce|cette|l|tout)',
    abuseSoon: 'va me (?:frapper|battre|faire du mal|tuer) (?:quand|si|ce soir)',
    jump: '(?:je vais|je veux) sauter(?: (?:ce soir|cette nuit|aujourd hui|demain|maintenant))?(?= \\.| ,|$)',
    thanksCare: 'merci pour tout(?: [a-z,.]+){0,6} (?:prenez|prends) soin de mon',
    nightRoom: '(?:rentre|entre|vient|se glisse) dans (?:ma chambre|mon lit) (?:la|chaque|toutes les|en pleine) nuits?',
    easier: '(?:serait|ce serait) (?:plus simple|plus facile|mieux) (?:pour (?:[a-z]+ ){1,3})?si je (?:n etais plus la|n etais pas la|mourais|disparaissais|n existais pas)(?! (?:au|a la|dans|avec)\\b)',
    leaveThreat: 'si je (?:pars|le quitte|la quitte|porte plainte|parle) (?:[a-z]+ ){0,3}(?:il|elle) me (?:tue|tuera|tuerait|tuer)'
  },
  de: {
    drive: '(?:beschlossen|entschieden|endschieden|entschlossen|versucht|denke|will|mochte|moechte|werde|denke an|denke daran|denke uber|plane|wurde gern|wuerde gern|gedanken an|lust|sehne mich danach|hab vor|habe vor|hab ich vor|habe ich vor|wollte|werd|wer|mag)',
    act: '(?:es zu beenden|alles zu beenden|alles beenden|mein leben zu beenden|sterben|strerben|sterbn|tot sein|mich umbringen|mich umzubringen|mich umbrigen|mich toten|mich zu toten|mich toeten|mich erschiessen|mich zu erschiessen|mich zu erhangen|mich aufzuhangen|mich aufhaengen|mich erhaengen|mich zu erhaengen|mich aufzuhaengen|mich zu toeten|mich ertraenken|mich zu ertraenken|mich vergiften|mich zu vergiften|mich ertranken|mich zu ertranken|mit dem leben schluss|meinem leben ein ende zu setzen|mir das leben nehmen|mir das leben zu nehmen|meinem leben ein ende|nicht mehr aufwachen|nicht mehr aufzuwachen|fur immer weg|fuer immer weg|weg fur immer|mich erhangen|mich aufhangen|von (?:der|einer|dem) [a-z]+ springen|mich vor (?:den|einen) zug werfen)',
    doing: '(?:bringe ich mich um|mache ich schluss|mach ich schluss|mache ich meinem leben ein ende|nehme ich mir das leben|bring mich heute um)',
    time: '(?:heute nacht|heute abend|heute|morgen|am (?:samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|wochenende)|jetzt|gleich)',
    howMany: '(?:wie viele|wie viel)',
    outcome: '(?:nicht mehr aufzuwachen|nicht mehr aufwachen|zu sterben|sterben|todlich|toedlich|mich umzubringen)',
    decided: '(?:ich mach es|ich tue es|ich werde es tun)(?: ,)? (?:ich habe es )?(?:entschieden|beschlossen)?',
    nobody: '(?:keiner|niemand) (?:wurde|wuerde|wird) mich vermissen|(?:keiner|niemand) (?:wurde|wuerde|wird) (?:es )?(?:merken|bemerken) wenn ich (?:weg|tot|nicht mehr da|nicht mehr am leben) (?:ware|waere)',
    better: '(?:ware|waere|ist) (?:es )?besser (?:nicht mehr da zu sein|tot zu sein|wenn ich (?:nicht mehr da|tot|weg) (?:ware|waere))|keinen bock mehr (?:auf (?:das|dieses|mein) leben|zu leben)',
    forever: '(?:fur|fuer) immer (?:schlafen|weg)',
    doseBox: '(?:ne|eine) (?:ganze|komplette|volle) (?:packung|schachtel|dose)',
    letter: 'abschiedsbrief (?:geschrieben|fertig)|brief (?:fur|an) (?:meine|meinen) (?:mutter|vater|mama|papa|kinder|familie|frau|mann) (?:geschrieben|hinterlassen)',
    reported: '(?:geschrieben|gesagt|erzahlt) (?:[a-z]+ ){0,2}dass (?:er|sie) (?:sterben|sich umbringen) (?:will|mochte|moechte)|(?:redet|spricht|sprach|redete) (?:davon|daruber|ueber|uber) sich (?:umzubringen|das leben zu nehmen|zu toten)',
    selfHarm: '(?:ich )?(?:schneide|ritze|verletze) mich (?:wieder|schon wieder|immer noch)',
    stash: '(?:sammle|horte|verstecke|bunkere) (?:[a-z]+ )?(?:tabletten|pillen|medikamente|schlaftabletten) (?:[a-z]+ ){0,2}(?:fur den fall|fur wenn|fuer den fall)',
    pain: '(?:tut es weh|tut das weh|ist es schmerzhaft|schmerzt es)',
    method: '(?:sich (?:die pulsadern aufzuschneiden|zu erhangen|aufzuhangen|umzubringen|zu ertranken|zu vergiften)|zu sterben|wenn man (?:springt|sich erhangt|ertrinkt))',
    goOn: '(?:will|kann|mag) (?:so )?nicht mehr weiter(?:machen|leben)?',
    deadInside: 'innerlich (?:tot|gestorben)',
    forced: 'zwingt mich (?:zu (?:dingen|sex)|dinge zu tun|mit ihm zu schlafen)',
    wroteAll: 'allen (?:geschrieben|tschuss gesagt|lebewohl gesagt)',
    pills: '(?:tabletten|pillen|kapseln|schlaftabletten)',
    reach: '(?:vor mir|in der hand|in meiner hand|bereit|neben mir)',
    wishHit: '(?:wunschte|wuenschte)(?: ,)? (?:mich wurde|mich wuerde|es wurde mich) (?:ein|eine|einer) [a-z]+ (?:uberfahren|ueberfahren|toten)',
    height: '(?:welcher hohe|wie hoch|wie viele meter|wie viele stockwerke)',
    anyoneCare: '(?:interessieren|kummern|auffallen|merken) (?:[a-z]+ )?wenn ich (?:weg|tot|nicht mehr da) (?:ware|waere)',
    notAlive: '(?:wunschte|wuenschte)(?: ich)?(?: ,)? ich (?:ware|waere) nicht (?:am leben|mehr da|da)',
    gunUse: '(?:waffe|pistole|gewehr) (?:[a-z]+ ){0,5}(?:denke|denk) (?:daran|dran) sie zu benutzen',
    hurtOther: '(?:will|werde|mochte|moechte) (?:meinem|meiner|meinen|ihm|ihr|dem|der) (?:[a-z]+ )?(?:wehtun|weh tun|etwas antun)',
    abuseSoon: 'wird mich (?:schlagen|verprugeln|verletzen|umbringen) wenn',
    jump: '(?:ich springe|ich werde springen|ich will springen)(?: (?:heute nacht|heute|jetzt|morgen))?(?= \\.| ,|$)',
    rope: '(?:die )?tabletten sind (?:in meiner (?:tasche|hand)|bereit)|(?:das|ein|mein) (?:seil|strick) (?:liegt|ist|hangt) (?:schon |bereit )?(?:in|im|unter|bereit)',
    thanksCare: 'danke fur alles(?: [a-z,.]+){0,6} (?:kummert|kummere|passt) (?:euch |dich )?(?:um|auf) mein[a-z]*',
    nightRoom: '(?:kommt|schleicht sich|schleicht) nachts in mein (?:zimmer|bett)|(?:kommt|schleicht sich|schleicht) (?:jede nacht|in der nacht|nachts) in mein',
    easier: '(?:ware|waere) (?:fur alle |fuer alle )?(?:einfacher|besser|leichter)(?: fur alle| fuer alle)? wenn ich (?:nicht mehr da|tot|weg|nicht mehr am leben) (?:ware|waere)',
    leaveThreat: 'wenn ich (?:gehe|ihn verlasse|sie verlasse|es erzahle|zur polizei gehe) (?:[a-z]+ ){0,2}(?:bringt|wird) (?:er|sie) mich (?:um|umbringen)'
  },
  pt: {
    drive: '(?:tudo pronto (?:pra|para)|pront[oa] (?:pra|para)|penso|tentei|ja tentei|tentou|quero|queria|vontade de|vou|penso em|pensando em|preciso|decidi|gostaria de|tenho que|to querendo|estou querendo)',
    act: '(?:morrer|me matar|suicidar|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha vida|acabar com tudo|ir embora (?:pra|para) sempre|sumir (?:pra|para) sempre|dormir (?:pra|para) sempre|me enforcar|me jogar|nao acordar(?: mais)?)',
    doing: '(?:eu )?(?:me mato|acabo com (?:a )?minha vida|tiro (?:a )?minha vida|me enforco)',
    time: '(?:hoje a noite|hoje|amanha|no (?:sabado|domingo)|na (?:segunda|terca|quarta|quinta|sexta)|sabado|domingo|esse fim de semana|agora)',
    howMany: '(?:quantos|quantas)',
    outcome: '(?:nao acordar|morrer|matar|ser fatal|ser letal|overdose)',
    decided: '(?:vou fazer isso|eu faco isso|vou fazer)(?: ,)? (?:ja )?(?:decidi|ta decidido|esta decidido)',
    nobody: '(?:ninguem|nenhum) (?:ia|iria|vai) sentir (?:a )?minha falta|(?:ninguem|nenhum) (?:ia|iria|vai) (?:notar|perceber|ligar|se importar) se eu (?:morresse|sumisse|nao estivesse|me matasse|fosse embora pra sempre)',
    better: '(?:seria|sera|e) melhor (?:eu )?(?:nao existir|nao estar aqui|morrer|sumir|nao acordar)',
    forever: '(?:dormir|sumir|ir embora) (?:(?:pra|para) sempre|de vez)',
    doseBox: '(?:uma cartela inteira|a cartela inteira|uma caixa inteira|um frasco inteiro|o frasco inteiro|a caixa inteira) de',
    letter: '(?:escrevi|deixei) (?:a|uma) carta (?:pra|para) (?:minha|meu|meus|minhas) (?:mae|pai|filh[oa]s?|familia|irma|irmao|esposa|marido|namorad[oa])',
    reported: '(?:dizendo|disse|falou|escreveu) que (?:quer|vai) (?:morrer|se matar|se suicidar)|(?:fala|falou|falando|disse) (?:em|de|que vai) se (?:matar|suicidar)',
    selfHarm: '(?:to|tou|estou) me (?:cortando|machucando|queimando) (?:de novo|outra vez)?',
    stash: '(?:guardando|guardei|juntando|escondendo) (?:[a-z]+ )?(?:remedio|remedios|comprimidos|pilulas|calmantes) (?:pra|para) quando',
    pain: '(?:doi|doe|vai doer|e doloroso)',
    method: '(?:cortar os pulsos|se enforcar|me enforcar|morrer|pular|se jogar|me jogar|overdose|se afogar|se envenenar)',
    goOn: '(?:eu )?nao (?:quero|consigo|aguento) mais continuar(?: assim| vivendo)?',
    deadInside: 'mort[oa] por dentro',
    forced: 'me (?:obriga|obrigou|forca|forcou) a (?:fazer coisas|transar|ter relacoes)',
    wroteAll: 'escrevi (?:pra|para) todo mundo|me despedi de todo mundo',
    pills: '(?:comprimidos|pilulas|capsulas|remedios|calmantes)',
    reach: '(?:na minha frente|na mao|aqui comigo|do meu lado|prontos)',
    wishHit: 'queria que (?:um|uma) [a-z]+ me (?:atropelasse|matasse)',
    height: '(?:que altura|quantos metros|quantos andares)',
    rope: 'a corda (?:ja )?(?:ta|esta) (?:no|na|pronta|escondida)|(?:os )?(?:comprimidos|remedios) (?:tao|estao|ja tao) (?:no meu bolso|na minha mao|prontos)',
    anyoneCare: '(?:importar|ligar|notar|perceber) se eu (?:sumisse|morresse|nao estivesse)',
    notAlive: 'queria (?:nao estar viv[oa]|nao existir|nao estar aqui)',
    gunUse: '(?:arma|pistola|revolver) (?:[a-z]+ ){0,4}penso em usar',
    hurtOther: '(?:quero|vou) (?:machucar|bater em|ferir) (?:o|a|meu|minha|esse|essa)',
    abuseSoon: 'vai me (?:bater|machucar|espancar|matar) quando',
    jump: '(?:vou|quero) pular(?: (?:hoje a noite|hoje|agora|amanha))?(?= \\.| ,|$)',
    thanksCare: 'obrigad[oa] por tudo(?: [a-z,.]+){0,6} cuid(?:em|a|e) (?:do|da) meu',
    nightRoom: '(?:entra|vem|aparece) (?:no meu quarto|na minha cama) (?:de|a|toda|todas as) noites?',
    easier: 'seria (?:mais facil|melhor) (?:(?:pra|para) (?:todo mundo|todos|minha familia) )?se eu (?:nao estivesse aqui|nao existisse|morresse|sumisse)(?! (?:no|na|com)\\b)',
    leaveThreat: 'se eu (?:for embora|largar ele|deixar ele|largar ela|deixar ela|contar|denunciar) (?:[a-z]+ ){0,3}(?:ele|ela) me (?:mata|matar|vai matar)'
  },
  it: {
    drive: '(?:preparato tutto per|pront[oa] (?:a|per)|provato a|tentato di|cercato di|voglio|vorrei|voglia di|vado a|penso|pensando|penso di|penso a|sto pensando di|devo|ho deciso di|desidero|mi va di)',
    act: '(?:morire|uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|andarmene per sempre|sparire per sempre|dormire per sempre|impiccarmi|buttarmi (?:giu|dal|sotto)|non svegliarmi piu)',
    doing: '(?:mi tolgo la vita|mi ammazzo|mi uccido|mi suicido|la faccio finita|mi impicco|mi butto (?:giu|dal|sotto))',
    time: '(?:stasera|stanotte|oggi|domani|sabato|domenica|lunedi|venerdi|questo fine settimana|adesso)',
    howMany: '(?:quante|quanti|quanta|quanto)',
    outcome: '(?:non svegliarsi|non svegliarmi|svegliarsi piu|svegliarmi piu|morire|uccidere|essere letale|essere mortale|overdose)',
    decided: '(?:lo faccio|lo faro)(?: ,)? (?:ho )?(?:deciso|e deciso)',
    nobody: 'nessuno (?:sentirebbe la (?:mia )?mancanza|mi piangerebbe|mi cercherebbe)|nessuno (?:si accorgerebbe|se ne accorgerebbe|noterebbe) se (?:sparissi|morissi|non ci fossi piu|mi uccidessi|me ne andassi per sempre)',
    better: '(?:sarebbe|e) meglio (?:non (?:esserci|esistere|svegliarmi) (?:piu)?|morire|sparire|se non ci fossi)',
    forever: '(?:dormire|sparire|andarmene) per sempre',
    doseBox: '(?:una scatola intera|un flacone intero|tutta la scatola|tutto il flacone|un blister intero|un sacco) di',
    letter: '(?:scritto|lasciato) (?:la|una) lettera (?:per|a) (?:(?:mia|mio|miei) (?:madre|padre|mamma|papa|figli[oa]?|famiglia|sorella|fratello|moglie|marito)|i miei)',
    reported: '(?:scritto|detto) che vuole (?:morire|uccidersi|ammazzarsi|farla finita)|(?:parla|parlava|ha parlato|dice) di (?:uccidersi|ammazzarsi|suicidarsi|farla finita|togliersi la vita)',
    selfHarm: 'mi sto (?:tagliando|facendo del male|bruciando)',
    stash: '(?:da parte|conservo|nascondo|accumulo) (?:le |delle |mie )?(?:pillole|pastiglie|medicine|compresse|farmaci) per quando',
    pain: '(?:fa male|fa tanto male|e doloroso|si soffre)',
    method: '(?:tagliarsi le vene|tagliarmi le vene|impiccarsi|impiccarmi|morire|buttarsi|buttarmi|un overdose|annegare|avvelenarsi)',
    goOn: 'non (?:voglio|riesco a|ce la faccio a) (?:piu )?andare avanti',
    deadInside: 'mort[oa] dentro',
    forced: 'mi (?:costringe|obbliga|ha costrett[oa]) a (?:fare cose|fare sesso|stare con lui)',
    wroteAll: 'ho scritto a tutti|ho salutato tutti per sempre',
    pills: '(?:pastiglie|pillole|compresse|capsule|farmaci)',
    reach: '(?:davanti a me|in mano|pronte|accanto a me)',
    wishHit: 'vorrei che (?:una|un) [a-z]+ mi (?:investisse|uccidesse|ammazzasse)',
    height: '(?:che altezza|quanti metri|quanti piani)',
    rope: '(?:ho )?la corda (?:nell|nel|sotto|pronta|nascosta)|(?:le )?(?:pillole|pastiglie) sono (?:in tasca|nella mia mano|pronte)',
    anyoneCare: '(?:importerebbe|accorgerebbe|interesserebbe) se (?:sparissi|morissi|non ci fossi)',
    notAlive: 'vorrei non (?:essere viv[oa]|esserci piu|esistere)',
    gunUse: '(?:pistola|arma|fucile) (?:[a-z]+ ){0,4}penso di usarla',
    hurtOther: '(?:voglio|vado a) fare del male a(?:l|lla|i|gli|lle)? (?:mio|mia|miei|quel|quella|lui|lei|tutti)',
    abuseSoon: 'mi (?:picchiera|fara del male|ammazzera|uccidera) quando',
    jump: '(?:(?:stanotte|stasera|oggi|domani|adesso) salto|salto (?:stanotte|stasera|oggi|domani|adesso)|voglio saltare)(?= \\.| ,|$)',
    thanksCare: 'grazie (?:di|per) tutto(?: [a-z,.]+){0,6} prendete(?:vi)? cura del mio',
    nightRoom: '(?:entra|viene|si infila) (?:in camera mia|in stanza mia|nel mio letto|nella mia (?:camera|stanza)) (?:di|la|ogni|tutte le) (?:notte|notti)',
    easier: 'sarebbe (?:piu facile|meglio) (?:per tutti )?se (?:io )?(?:non ci fossi(?: piu)?|morissi|sparissi|non esistessi)(?! (?:al|alla|in|con)\\b)',
    leaveThreat: 'se (?:lo|la) (?:lascio|denuncio) (?:[a-z]+ ){0,2}mi (?:ammazza|uccide)'
  },
};

function rules(g: Grammar): RuleSource[] {
  return [
    ['SUICIDE', 'CRISIS', 'SELF', `${g.drive} ${GAP}${g.act}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${g.time} (?:[a-z]+ )?${g.doing}|${g.doing}(?: [a-z]+)? ${g.time}`],
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:${g.howMany}|${g.height}) ${GAP}[a-z]+ (?:[a-z]+ ){0,3}(?:para|pra|pour|um|per|to|x) (?:ne )?(?:pas )?(?:nicht mehr )?(?:nao )?(?:non |nn )?(?:no )?${g.outcome}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${g.time}(?: ,)? (?:eu |ich |je )?${g.decided}`],
    ['SUICIDE', 'CONCERN', 'SELF', `${g.decided}`],
    ['SUICIDE', 'CONCERN', 'LIFE', `${g.nobody}|${g.better}|${g.forever}|${g.easier}|${g.anyoneCare}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${g.jump}|${g.gunUse}`],
    ['SUICIDE', 'CONCERN', 'LIFE', `${g.notAlive}|(?:nao tem|nao ha|sem) (?:mais )?esperanca (?:pra|para) mim|non c e (?:piu )?speranza per me|nessuna speranza per me`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', g.hurtOther],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', g.abuseSoon],
    ['SUICIDE', 'CRISIS', 'SELF', `${g.doseBox} (?:[a-z]+ )?[a-z]+|${g.letter}`, /^ (?:de (?:amor|cumpleanos|aniversario)|pour (?:son|la) (?:anniversaire|fete)|zum geburtstag|de aniversario|per (?:il )?(?:suo )?compleanno)/],
    ['SELF_HARM', 'CRISIS', 'SELF', g.selfHarm],
    ['SUICIDE', 'CRISIS', 'SELF', g.stash],
    ['SUICIDE', 'CRISIS', 'SELF', `${g.doing}(?= \\.| ,|$)`],
    ['SUICIDE', 'CRISIS', 'LIFE', `${g.pain} (?:mucho |muito |tanto |sehr |beaucoup )?${g.method}|${g.goOn}(?= \\.| ,|$| y | e | und | et )`],
    ['SUICIDE', 'CONCERN', 'SELF', `${g.deadInside}|${g.wroteAll}`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${g.forced}|${g.leaveThreat}|${g.nightRoom}`],
    ['SUICIDE', 'CONCERN', 'SELF', g.wishHit],
    ['SUICIDE', 'CRISIS', 'SELF', `${g.rope}|${g.thanksCare}`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:[2-9][0-9]|[1-9][0-9]{2}) (?:[a-z]+ )?${g.pills} (?:[a-z]+ ){0,4}${g.reach}`],
    ['SUICIDE', 'CONCERN', 'OTHER', g.reported],
  ];
}

/** The grammar's rules per language, run with the phrase lexicons. */
export const CORE_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = {
  es: compile(rules(GRAMMAR.es)),
  fr: compile(rules(GRAMMAR.fr)),
  de: compile(rules(GRAMMAR.de)),
  pt: compile(rules(GRAMMAR.pt)),
  it: compile(rules(GRAMMAR.it)),
};
