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
import { compile, compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

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

/**
 * Round 21 families (blind batches r21b/r21c and earlier misses), per language. Each is a shape with
 * many members: attempts "this time" done better, lethal-dose questions, leaving "this world", a
 * death time said as "the end", someone else's risk reported in the third person (threats, beatings,
 * searching methods, giving things away), pain "unbearable", "I understand those who …", thoughts
 * coming back, thinking about death, imagining one's funeral, a hole or a prison of a life, and
 * preparation deeds (pills stored instead of taken, gathered from several doctors unnoticed,
 * messages scheduled for everyone, a will at an age no one makes one, poison bought with no pests).
 */
const MEDS_ANY = '(?:pastillas|pildoras|medicinas|medicamentos|calmantes|antidepresivos|somniferos|comprimidos|remedios|pilulas|antidepressivos|pillole|pastiglie|compresse|farmaci|antidepressivi|sonniferi|cachets|comprimes|pilules|medicaments|antidepresseurs|somniferes|anxiolytiques|tabletten|pillen|medikamente|schlafmittel|schlaftabletten|antidepressiva)';
const TELL_LOVE =
  '(?:dite|di|dica|dile|diganle|decidle|diga|digam|dites|dis|sagt|sag) (?:a |al |alla |ai |a la |a mi |a mia |a mio |a minha |ao meu |a ma |a mon |meiner |meinem )?(?:mamma|mama|mamae|mae|maman|mere|mutter|papa|padre|pai|pere|vater|madre|familia|famiglia|famille|familie|hij[oa]s|figli|filhos|enfants|kinder) (?:che|que|qu|dass) (?:le |la |lo |li |los |las |o |a |je l |je les |ich sie |ich ihn |eu )?(?:voglio bene|amo|quiero|aime|aimais|liebe|lieb hab|amava)';
const R21_SHARED: RuleSource[] = [
  // Gas left on with the windows shut.
  ['SUICIDE', 'CRISIS', 'SELF', 'gas (?:[a-z0-9,]+ ){0,8}(?:cerr[a-z]*|fech[a-z]*|chiu[a-z]*|ferm[a-z]*|schliess[a-z]*|geschlossen|zugemacht) (?:[a-z]+ ){0,3}(?:ventanas?|janelas?|finestre|finestra|fenetres?|fenster|puertas?|portas?|porte)'],
  // Poison bought though there are no pests.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:veneno|raticida|matarratas|mort aux rats|poison|veleno|topicida|rattengift|gift) (?:[a-z,]+ ){0,8}(?:no tengo|nao tenho|non ho|je n ai pas|j ai pas|ich habe keine|hab keine|wir haben keine|no tenemos|nao temos|non abbiamo) (?:ratas|ratos|ratones|topi|rats|ratten|mause|souris|ratti|bichos)'],
  // Messages scheduled for family and friends.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:programm?[a-z]*|planifie|geplant|eingeplant|agend[a-z]*|zeitversetzt) (?:[a-z]+ ){0,3}(?:messages?|mensaj[a-z]*|mensage[a-z]*|messaggi[a-z]*|mails?|nachricht[a-z]*|correos?|e mails?) (?:[a-z0-9,]+ ){0,8}(?:famil[a-z]*|tout le monde|tous|potes|amis|alle|todos|tutti|todo mundo|amigos|amici|freunde|eltern|padres|pais|genitori|parents)|(?:messages?|mails?|nachricht[a-z]*|mensaj[a-z]*|mensage[a-z]*|messaggi) (?:programm[a-z]*|geplant|agendad[a-z]*|programad[a-z]*) (?:[a-z0-9,]+ ){0,8}(?:famil[a-z]*|tout le monde|tous|potes|amis|alle|todos|tutti|todo mundo|amigos|amici|freunde|eltern)'],
  // Medicines stored instead of taken.
  ['SUICIDE', 'CRISIS', 'SELF', `${MEDS_ANY} (?:[a-z0-9]+ ){0,6}(?:au lieu de les prendre|en vez de tomarl[oa]s|en lugar de tomarl[oa]s|em vez de (?:os )?tomar|ao inves de tomar|invece di prenderl[ei]|statt sie zu nehmen)`],
  // A bath run and a blade beside it.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:vasca|banera|tina|banheira|baignoire|badewanne|wanne) (?:[a-z,]+ ){0,6}(?:lametta|lamette|cuchilla|cuchillas|hoja de afeitar|lamina|gilete|lame|lames|rasierklinge|klinge|klingen|navaja|rasoio)|(?:lametta|cuchilla|gilete|lame de rasoir|rasierklinge|navaja) (?:[a-z,]+ ){0,6}(?:vasca|banera|tina|banheira|baignoire|badewanne|wanne)'],
  // Debts paid and profiles deleted: affairs settled.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:pagato i debiti|pague (?:mis |las |todas mis )?deudas|paguei (?:as |minhas |todas as )?dividas|paye (?:mes|toutes mes) dettes|schulden (?:bezahlt|beglichen)) (?:[a-z,]+ ){0,6}(?:cancellato|borre|borrado|apaguei|deletei|supprime|geloscht|geloescht) (?:i |mis |os |meus |mes |meine |tutti i |todos (?:mis|os) )?(?:profili|perfiles|perfis|profils|profile|cuentas|contas|comptes|konten|account)(?: (?:social|sociales|sociais|sociaux|de redes|dans les reseaux|en redes))?'],
  // A weapon taken to school or work.
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:nehm|nehme|bring|bringe) (?:das|ein|mein|die|eine|meine) (?:messer|waffe|pistole|knarre) mit in die (?:schule|uni|arbeit|firma)|(?:llevo|llevare|voy a llevar) (?:el|un|mi|la|una) (?:cuchillo|arma|pistola|revolver|navaja) (?:[a-z]+ ){0,3}(?:a la|al) (?:escuela|colegio|prepa|uni|universidad|facu|trabajo|instituto)|(?:levo|vou levar|levarei) (?:a|o|uma|um|minha|meu) (?:faca|arma|revolver|pistola|navalha) (?:[a-z]+ ){0,3}(?:pra|para a|para o|na|no) (?:escola|facul|faculdade|trabalho|colegio)|(?:porto|portero) (?:il|un|la|una) (?:coltello|pistola|arma) a scuola|(?:j amene|je prends|j apporte) (?:un|le|mon|une|la) (?:couteau|flingue|arme|pistolet) (?:au|a l|a la) (?:lycee|college|ecole|fac|boulot|travail)'],
  // Burning oneself with a lighter or cigarette.
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:j ?me|je me|me) (?:brule|quemo|queimo) (?:avec|con|com) (?:le |un |mon |una |el |mi |o |um |meu )?(?:briquet|cigarette|clope|mechero|encendedor|cigarro|isqueiro)|mi brucio con (?:l |un |una |la )?(?:accendino|sigaretta)|verbrenne mich (?:mit|an) (?:dem |einem |der |einer )?(?:feuerzeug|zigarette|kippe)'],
  // Eating and drinking stopped on purpose.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:absichtlich|bewusst|a proposito|adrede|expres|volontairement|di proposito|apposta|de proposito) (?:[a-z]+ ){0,2}(?:aufgehort|aufgehoert|deje|parei|arrete|smesso) (?:de |di |zu |a )?(?:essen|comer|manger|mangiare)'],
  // God asked to take the patient, or someone else.
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:herrgott|gott|dios|diosito|deus|dieu|dio|signore) (?:[a-z]+ ){0,2}(?:sie|ihn|la|lo|l) (?:endlich |ya |logo |enfin |presto )?(?:holen|holt|lleve|llevara|leve|levasse|prenda|prendesse|porti via)'],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:dios|diosito|deus|dieu|dio|gott|herrgott|signore) (?:[a-z]+ ){0,2}(?:me|mich|mi) (?:ya |logo |enfin |endlich |presto )?(?:lleve|llevara|leve|levasse|prenne|prenda|prendesse|porti via|holt|holen)'],
  // Wondering who would notice if I were gone.
  ['SUICIDE', 'CONCERN', 'LIFE', 'me pregunto (?:que pasaria|si alguien (?:notaria|se daria cuenta|me extranaria)) (?:si|que) (?:yo )?(?:ya )?no (?:estuviera|estoy|existiera)|me pergunto (?:o que aconteceria|se alguem (?:notaria|perceberia|sentiria (?:a )?minha falta)) se eu (?:nao estivesse|sumisse|morresse)|je me demande (?:ce qui se passerait|si quelqu un (?:remarquerait|verrait|s en rendrait compte)) si je (?:n etais plus la|disparaissais|mourais)|mi chiedo (?:cosa succederebbe|se qualcuno (?:se ne accorgerebbe|noterebbe)) se (?:io )?(?:non ci fossi|sparissi|morissi)|(?:frage|frag) mich (?:was passieren (?:wurde|wuerde)|ob (?:es )?(?:jemand|wer) (?:merken|bemerken) (?:wurde|wuerde)) wenn ich (?:nicht mehr da|weg|tot) (?:ware|waere)'],
  // Wishing life would end soon; wishing the plane would crash.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:queria|quero|quisera) que (?:a )?(?:minha )?vida acab(?:asse|e)|quisiera que (?:la|mi) vida se (?:acabara|acabe|terminara)|vorrei che la (?:mia )?vita (?:finisse|finisca)|(?:j aimerais|je voudrais) que ma vie (?:s arrete|se termine|finisse)|(?:j espere|espero|spero|hoffe|tomara) (?:que |che |dass )?(?:l avion|le train|el avion|el tren|o aviao|l aereo|il treno|das flugzeug|der zug) (?:va )?(?:s ecraser|s ecrase|derailler|se estrelle|se caiga|caia|cada|precipiti|deragli|deragliasse|absturzt|abstuerzt|entgleist)(?: (?:con me dentro|avec moi dedans|conmigo dentro|comigo dentro|mit mir drin|avec moi|conmigo|comigo|mit mir))?|no estaria mal (?:que|si) me (?:atropell[a-z]+|muriera|pasara algo)'],
  // A farewell relayed: "tell my mum I love her", with "last message" it is the end.
  ['SUICIDE', 'CONCERN', 'SELF', `${TELL_LOVE}`],
  ['SUICIDE', 'CRISIS', 'SELF', `${TELL_LOVE}(?: [a-z,.]+){0,4} (?:ultimo messaggio|ultimo mensaje|ultima mensagem|dernier message|letzte nachricht)`],
  // "Thanks for trying, it's not your fault"; "sorry for everything, I hope you understand one day".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:grazie per averci provato|gracias por (?:haberlo )?intentarlo|obrigad[oa] por (?:ter )?tentado|merci d avoir essaye|danke dass (?:ihr|du) es versucht (?:habt|hast))(?: [a-z,.]+){0,5} (?:non e colpa (?:vostra|tua|di nessuno)|no es culpa (?:tuya|vuestra|de nadie|suya)|nao e culpa (?:sua|de voces|de ninguem|tua)|ce n est pas (?:ta|votre) faute|pas (?:ta|votre) faute|nicht (?:deine|eure) schuld)|(?:sorry|perdon|perdonen|desculpa|desculpem|pardon|scusate|scusa|verzeiht|verzeih|entschuldigt) (?:fur|fuer|por|pour|per) (?:alles|todo|tudo|tout|tutto)(?: [a-z,.]+){0,6} (?:hoff|hoffe|espero|j espere|spero) (?:[a-z]+ ){0,3}(?:versteht|verstehst|entiendan|entiendas|entendam|entenda|comprendrez|comprennes|capirete|capirai)'],
  // Said I would kill myself if …: a threat to oneself.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:dije|le dije|disse|eu disse|ho detto|gli ho detto|j ai dit|je lui ai dit|hab gesagt|habe (?:ihm |ihr )?gesagt) (?:que|che|qu|dass) (?:je |ich )?(?:me mataba|me mataria|me mato|me matava|me mataria|mi ammazzavo|mi ammazzerei|mi uccidevo|me tuerais|me tue|mich umbringe|mich umbringen wurde) (?:si|se|wenn)'],
  // A reachable height looked up; possessions labelled for whom.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:piso|planta|andar|piano|etage|stockwerk|edificio|predio|palazzo|immeuble|gebaude|puente|ponte|pont|brucke)(?: mas alt[oa]| mais alto| piu alto| le plus haut)? (?:[a-z]+ ){0,2}(?:al que|a la que|donde|onde|aonde|que|dove|a cui|sul quale|ou|auquel|wo|auf das|auf die) (?:se |si |on |man )?(?:puede|pode|da pra|puo|peut|kann) (?:subir|salire|monter|hoch|rauf|acceder|aceder|entrar)|(?:notitas|notas|etiquetas|post its?|bilhetes|bigliettini|etichette|petits mots|etiquettes|zettel|zettelchen) (?:de |con |com |avec |mit )?(?:para quien|pra quem|para quem|per chi|pour qui|fur wen) (?:es|e|est|ist) (?:cada|chaque|ogni|jede)'],
  // Knowing where someone parks or lives, said with anger.
  ['HARM_TO_OTHERS', 'CONCERN', 'SELF', '(?:sei|se|so|je sais|ich weiss) (?:onde|donde|dove|ou|wo) (?:ele|ela|el|ella|lui|lei|il|elle|er|sie) (?:estaciona|aparca|parcheggia|se gare|parkt)'],
  // No longer afraid of dying; game over for me; this is my last night.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:ya no (?:le )?tengo miedo a (?:la muerte|morir)|(?:ja )?nao tenho mais medo de morrer|non ho piu paura di morire|je n ai plus peur de (?:mourir|la mort)|j ai plus peur de (?:mourir|la mort)|keine angst mehr (?:vorm|vor dem) sterben|(?:ist|es|e|c est) game over (?:fur|para|pour|per|pra) (?:mich|mi|moi|me|mim))'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:esta es|es) mi ultima noche|(?:e|esta e) a minha ultima noite|e la mia ultima notte|c est ma derniere nuit|(?:das )?ist meine letzte nacht', /^ (?:en|in|a|em|au|aqui|ici|hier|qui|con|com|avec|mit|de|del|da|du|im|am|at|sul|no|na)\b/],
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:esta es|es) su ultima noche|(?:e|esta e) a (?:sua )?ultima noite|e la sua ultima notte|c est sa derniere nuit|ist (?:seine|ihre) letzte nacht|(?:foto|photo|selfie|imagen|imagem|immagine|bild) (?:con|com|avec|mit) (?:una|un|uma|um|une|einer|einem) (?:pistola|arma|corda|soga|cuerda|revolver|fucile|corde|seil|strick|pistolet) (?:[a-z,]+ ){0,3}(?:y|e|et|und) (?:escribio|escreveu|ha scritto|a ecrit|schrieb|geschrieben) (?:adios|adeus|addio|adieu|acabou|se acabo|e finita|c est fini|tschuss|lebt wohl)', /^ (?:en|in|a|em|au|aqui|ici|hier|qui|con|com|avec|mit|de|del|da|du|im|am|at|sul|no|na)\b/],
  // Gone for good on a day.
  ['SUICIDE', 'CONCERN', 'SELF', 'me voy para siempre|vou embora (?:pra|para) sempre|me ne vado per sempre|je pars pour toujours|bin ich fur immer weg', /^ (?:a|al|de|del|en|para|pra|per|in|nach|au|en|aux|dans) /],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:hoy|manana|esta noche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) me voy para siempre|(?:hoje|amanha|no (?:sabado|domingo)|sabado|domingo) vou embora (?:pra|para) sempre|(?:stasera|stanotte|domani|sabato|domenica) me ne vado per sempre|(?:ce soir|cette nuit|demain|samedi|dimanche) je pars pour toujours|(?:heute nacht|morgen|am (?:samstag|sonntag|freitag)) bin ich fur immer weg', /^ (?:a|al|de|del|en|para|pra|per|in|nach|au|aux|dans) /],
  // The place chosen: a bridge, a viaduct, the tracks, a cliff, a rooftop.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:elegi|escogi|ubique) (?:el|la|un|una) (?:puente|viaducto|vias|via del tren|acantilado|azotea)|(?:escolhi|achei|encontrei) (?:o|a|um|uma) (?:ponte|viaduto|trilhos|linha do trem|penhasco|terraco)|(?:scelto|trovato) (?:il|la|un|una) (?:ponte|viadotto|binari|scogliera)|(?:choisi|repere) (?:le|la|un|une) (?:pont|viaduc|voie ferree|rails|falaise)|(?:stelle|ort|platz) (?:an|auf) (?:den gleisen|der brucke|der klippe|dem dach)(?: [a-z]+){0,3} (?:angeschaut|ausgesucht|gefunden)|(?:brucke|gleise|klippe) (?:schon )?(?:ausgesucht|angeschaut)', /^ (?:de|del|para|pra|per|pour|fur|zum|da|di|do|du|des|mas|piu|plus|fuer|der) /],
  // A weapon bought for a named person.
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:compre|comprei|ho comprato|j ai achete|hab gekauft|habe gekauft) (?:una|un|uma|um|une|eine|einen) (?:pistola|arma|revolver|pistolet|waffe|knarre|coltello|cuchillo|faca|couteau|messer) (?:per|para|pra|pour|fur) (?:il mio|la mia|mi|el|la|o|a|meu|minha|mon|ma|le|meinen|meine|den|die) (?:ex|jefe|capo|chefe|patron|chef|padrastro|patrigno|padrasto|beau pere|stiefvater|vecino|vicino|vizinho|voisin|nachbar|cunado|cognato|cunhado|beau frere|schwager)'],
  // A burden to everyone.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:soy|sou|sono|je suis|ich bin) (?:solo |so |solamente |seulement |juste |nur |apenas |allen nur |per tutti solo )?(?:un|una|um|uma|une|ein|eine) (?:peso|carga|fardo|fardeau|poids|last|bulto|estorbo|boulet)', /^ (?:massimo|piuma|medio|welter|leggero|pesado|pluma|wichtig|mort|lourd|plume|morto)\b/],
  // A waste of oxygen or space: burden.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:un|uno|una|um) (?:spreco|desperdicio|desperdicio|gaspillage) (?:de|di|d) (?:spazio|ossigeno|aria|espacio|oxigeno|aire|espaco|oxygene)|verschwendung von (?:sauerstoff|platz)|sauerstoffverschwendung'],
  // Life as a prison.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:mi vida es|minha vida e|la mia vita e|ma vie (?:c )?est|mein leben ist) (?:una|uma|un|une|ein) (?:prision|carcel|prisao|prigione|prison|gefangnis|gefaengnis|infierno|inferno|enfer|holle)'],
];
const R21: Record<ForeignLanguage, RuleSource[]> = {
  es: [
    ['SUICIDE', 'CRISIS', 'SELF', 'hice (?:mi |el )?testamento (?:[a-z,]+ ){0,3}tengo (?:1[4-9]|2[0-5]) anos', /^ (?:[,.] )?(?:[a-z]+ ){0,3}(?:hij[oa]s?|fille|fils|enfants?|figli[oa]?|filh[oa]s?|tochter|sohn|kinder|bebe|baby|familia|famille|famiglia|familie|herencia|heritage|eredita|heranca|erbe|notario|notaire|notaio|notar|abogado|avocat|avvocato|advogado|anwalt|hipoteca|casa|maison|haus)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:la|lo) mato y (?:luego |despues )?me mato|(?:en|de) (?:varias|tres|dos|cuatro|diferentes) farmacias (?:[a-z]+ ){0,4}para que (?:nadie )?(?:no )?(?:se de cuenta|se den cuenta|sospeche|sospechen|note|noten)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:esta|estan) (?:tirando abajo|derribando|pateando|rompiendo) la puerta'],
    ['SUICIDE', 'CONCERN', 'SELF', 'para cuando (?:yo )?ya no este(?: aqui)?'],
    ['SUICIDE', 'CRISIS', 'SELF', 'esta vez (?:no (?:voy a )?fall[a-z]*|me (?:informe|he informado) (?:mejor|bien)|lo hago bien|si (?:lo logro|funciona)|va en serio|funcionara)(?! (?:del|de|sobre|acerca|le|la|les|l|mon|ma|mes|du|d|un|une|el|il|lo|den|die|das|o|a|do|da|il|col|con|com|avec|mit)\\b)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:mezcle|prepare|tengo listo) (?:el |un )?(?:veneno|raticida|matarratas)|(?:veneno|raticida|matarratas|lejia) (?:[a-z,]+ ){0,8}(?:tomarmelo|tomarmela|bebermelo|me lo tomo|me lo bebo|me lo voy a tomar)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:cuantos gramos|cuantas pastillas|cuantos miligramos|que dosis|que cantidad) (?:de [a-z]+ )?(?:[a-z]+ ){0,3}(?:son letales|es letal|es mortal|son mortales|matan|mata)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tengo|ya tengo) (?:las|mis|todas las|suficientes) (?:pastillas|pildoras|medicinas) (?:juntas|guardadas|reunidas|contadas|listas)|(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|esta noche|hoy|manana) me (?:las|los) (?:tomo|trago|voy a tomar)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:me voy|me largo|me piro|irme|largarme|despedirme) de este mundo'],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:esta noche|manana|ese dia|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) (?:se )?(?:termina|acaba|se acaba) todo(?= \\.| ,|$)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:el|ella) se (?:mata|suicida|va a matar|va a suicidar)|(?:busca|buscando|buscaba|ha buscado) (?:en (?:internet|google) )?como (?:suicidarse|matarse|ahorcarse|quitarse la vida)|(?:habla|hablaba|anda hablando) de (?:morir(?:se)?|matarse|suicidarse|irse para siempre)|(?:esta|anda) pensando en (?:suicidarse|matarse|quitarse la vida)|(?:ya no|no) quiere (?:seguir )?vivir(?! (?:en|con|aqui|ahi|alla|solo|sola|sin|asi)\\b)|se quiere morir|se quiere ir con dios(?:ito)?|(?:esta|anda) cansad[oa] de vivir|(?:regalo|ha regalado|esta regalando|repartio) (?:todas )?sus cosas'],
    ['ABUSE_IN_PROGRESS', 'CONCERN', 'OTHER', '(?:le pega|la golpea|la maltrata|la esta golpeando) (?:su|el) (?:marido|esposo|novio|pareja|padre|padrastro)|(?:su|el) (?:marido|esposo|novio|pareja|padrastro) (?:le pega|la golpea|la maltrata|la esta golpeando)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'el dolor es (?:tan |demasiado |muy )?(?:insoportable|inaguantable)|(?:entiendo|comprendo) a (?:los que|la gente que|quienes) se (?:suicidan|matan|quitan la vida)|que sentido tiene (?:levantarme|despertarme)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:vuelvo|volvi|he vuelto) a tener (?:esos |los mismos |estos )?(?:pensamientos|ideas)|(?:pienso|pensar|pensando) (?:mucho |tanto |todo el tiempo |todos los dias |siempre )?en la muerte|(?:me )?imagin(?:o|ando) (?:como (?:seria|sera) )?mi (?:propio )?(?:funeral|entierro|velorio)|(?:estoy|sigo|me siento) (?:[a-z]+ )?(?:en|dentro de) un (?:pozo|hoyo|agujero)(?: negro| sin fondo| sin salida)?', /^ (?:de|del)\b/],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'si (?:me deja|me engana|se va) (?:[a-z]+ ){0,3}(?:la|lo) mato'],
    ['SELF_HARM', 'CRISIS', 'SELF', 'sin (?:cortarme|lastimarme|hacerme dano|autolesionarme) (?:[a-z,0-9]+ ){0,4}(?:y|pero) (?:[a-z]+ ){0,2}(?:volvi a (?:hacerlo|cortarme|caer)|recai)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:pereza|flojera|hueva) (?:de )?seguir viviendo|(?:tristeza|dolor|pena|angustia) (?:[a-z]+ ){0,3}que (?:ya )?no (?:lo )?(?:soporto|aguanto)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ya lo decidi|esta decidido|lo tengo decidido) (?:[a-z,]+ ){0,6}espero (?:a )?que (?:mi|mis) [a-z]+ se (?:vaya|vayan|duerma|duerman)', /^ (?:pour|para|per|um) /],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'SELF', 'fiz (?:o |meu )?testamento (?:[a-z,]+ ){0,3}tenho (?:1[4-9]|2[0-5]) anos', /^ (?:[,.] )?(?:[a-z]+ ){0,3}(?:hij[oa]s?|fille|fils|enfants?|figli[oa]?|filh[oa]s?|tochter|sohn|kinder|bebe|baby|familia|famille|famiglia|familie|herencia|heritage|eredita|heranca|erbe|notario|notaire|notaio|notar|abogado|avocat|avvocato|advogado|anwalt|hipoteca|casa|maison|haus)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:mato ela|mato ele|a mato|o mato) e (?:depois )?me mato|em (?:varias|tres|duas|quatro|diferentes) farmacias (?:[a-z]+ ){0,4}(?:pra|para) (?:ninguem|nao) (?:desconfiar|perceber|notar)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:ta|esta|estao|tao) (?:arrombando|chutando|derrubando|quebrando) a porta'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:pra|para) quando eu (?:nao estiver mais aqui|ja nao estiver ca|morrer)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ja decidi|esta decidido|ta decidido) (?:[a-z,]+ ){0,6}(?:so )?(?:espero|to esperando|estou esperando) (?:a |o )?(?:minha|meu|meus|minhas) [a-z]+ (?:sair|sairem|dormir|dormirem|viajar|viajarem)', /^ (?:pra|para) /],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:desta|dessa) vez (?:nao (?:vou )?falh[a-z]*|vai dar certo|eu consigo|me informei (?:melhor|bem)|e pra valer|faco direito)(?! (?:del|de|sobre|acerca|le|la|les|l|mon|ma|mes|du|d|un|une|el|il|lo|den|die|das|o|a|do|da|il|col|con|com|avec|mit)\\b)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:qual (?:a )?dose|quantos gramas|quantos comprimidos|quantas pilulas|que quantidade) (?:de [a-z]+ )?(?:[a-z]+ ){0,3}(?:mata|matam|matar|mataria|matariam|e letal|sao letais|e fatal|e mortal)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:separei|preparei|deixei pronta|ja tenho) a corda|a corda (?:ja )?(?:ta|esta) separada|(?:hoje|amanha|domingo|sabado|hoje a noite|sexta) (?:eu )?(?:resolvo|acabo com|termino|encerro) (?:isso|tudo|com tudo|com isso) de vez'],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:nao vou estar mais (?:aqui|ca)|nao vou mais estar (?:aqui|ca)|ja nao vou estar ca)(?= \\.| ,|$| e )|(?:vou|quero) (?:embora|vazar|sair) (?:desse|deste) mundo|(?:hoje|amanha|hoje a noite|no sabado|no domingo) acaba tudo(?= \\.| ,|$)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:ele|ela) se mata|(?:ele|ela) vai se matar|(?:fala|falando|anda a dizer|anda dizendo|vive dizendo) (?:em|de|que quer) (?:morrer|se matar|sumir)|diz (?:que )?quer morrer(?: logo)?|(?:ja )?nao quer (?:mais )?(?:ca estar|estar ca|viver)|(?:deu|doou|esta dando|ta dando|anda a dar) (?:todas )?(?:as )?suas coisas|(?:pesquisando|procurando|pesquisou|procurou) como se (?:matar|enforcar|suicidar)|(?:ta|esta|anda) pensando em se (?:matar|suicidar)|falou em se (?:matar|suicidar)', /^ de (?:amor|rir|saudade|vergonha|fome|sono|medo|calor|frio|tedio|cansaco|inveja)\b/],
    ['ABUSE_IN_PROGRESS', 'CONCERN', 'OTHER', '(?:apanhando|apanha|apanhou) d[oa] (?:marido|namorado|pai|padrasto|companheiro|mulher|esposa)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:a dor|essa dor) (?:e|esta|ta) (?:tao |muito )?insuportavel|(?:entendo|compreendo) (?:quem|as pessoas que) se (?:mata|matam|suicida|suicidam)|(?:pra|para) que (?:levantar|acordar)(?: da cama)?(?= \\.| ,|$| se )'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:voltei|volto) a ter (?:esses |os mesmos |aqueles )?(?:pensamentos|ideias)|(?:penso|pensar|pensando) (?:muito |tanto |toda hora |todo dia |sempre )?na morte|imagin(?:o|ando) (?:como (?:seria|sera) )?(?:o )?meu (?:proprio )?(?:funeral|enterro|velorio)|(?:to|tou|estou|sigo) (?:[a-z]+ )?(?:num|em um|dentro de um) (?:buraco|poco)(?: negro| sem fundo| sem saida)?', /^ (?:de|do|da)\b/],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'se (?:ela|ele) me (?:deixar|largar|trair) (?:[a-z]+ ){0,3}(?:eu )?(?:a |o )?mato'],
    ['SELF_HARM', 'CRISIS', 'SELF', 'sem (?:me cortar|me machucar|me ferir) (?:[a-z,0-9]+ ){0,4}(?:e|mas) (?:[a-z]+ ){0,2}(?:voltei a (?:fazer|me cortar)|recai)'],
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:vi|notei|achei) (?:[a-z]+ ){0,2}(?:cortes|marcas de corte|cicatrizes) (?:[a-z]+ ){0,3}(?:braco|bracos|pulso|pulsos|pernas|coxas) d[ao] (?:minha|meu) [a-z]+'],
    ['SUICIDE', 'CRISIS', 'SELF', 'quiero (?:morrer|morre|me matar)'],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'SELF', 'ho fatto (?:il )?testamento (?:[a-z,]+ ){0,3}ho (?:1[4-9]|2[0-5]) anni', /^ (?:[,.] )?(?:[a-z]+ ){0,3}(?:hij[oa]s?|fille|fils|enfants?|figli[oa]?|filh[oa]s?|tochter|sohn|kinder|bebe|baby|familia|famille|famiglia|familie|herencia|heritage|eredita|heranca|erbe|notario|notaire|notaio|notar|abogado|avocat|avvocato|advogado|anwalt|hipoteca|casa|maison|haus)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:la|lo) ammazzo e poi mi ammazzo|(?:la|lo) uccido e poi mi uccido|in (?:varie|tre|due|quattro|diverse) farmacie (?:[a-z]+ ){0,4}(?:cosi|per non) (?:nessuno|far) (?:se ne accorge|sospettare|insospettire|notare)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'sta (?:sfondando|buttando giu|prendendo a calci) la porta'],
    ['SUICIDE', 'CONCERN', 'SELF', 'per quando non ci saro piu'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:scritto|detto) che (?:[a-z]+ ){0,2}(?:la fa finita|si ammazza|si uccide|vuole morire|si toglie la vita|si butta)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:la decisione e presa|ho deciso|e deciso) (?:[a-z,]+ ){0,6}aspetto (?:solo )?che (?:i miei|mia [a-z]+|mio [a-z]+) (?:esca|escano|vada|vadano|dorma|dormano|sia uscit[oa]|siano usciti)', /^ (?:per|a) /],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:stavolta|questa volta) (?:mi sono informat[oa] (?:meglio|bene)|non (?:sbaglio|fallisco)|ci riesco|funziona|lo faccio davvero|vado fino in fondo)(?! (?:del|de|sobre|acerca|le|la|les|l|mon|ma|mes|du|d|un|une|el|il|lo|den|die|das|o|a|do|da|il|col|con|com|avec|mit)\\b)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:quanti grammi|quante pillole|quante compresse|che dose|quale dose) (?:di [a-z]+ )?(?:[a-z]+ ){0,3}(?:e letale|sono letali|uccide|uccidono|e mortale|ammazza)'],
    ['SUICIDE', 'CRISIS', 'SELF', 'me ne vado da questo mondo|lascio questo mondo|andarmene da questo mondo'],
    ['SUICIDE', 'CRISIS', 'LIFE', 'dopo (?:[a-z]+ ){0,2}non ci saro(?: piu)?(?= \\.| ,|$)|(?:stasera|stanotte|domani|sabato|domenica) finisce tutto(?= \\.| ,|$)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:lui|lei) si (?:ammazza|uccide)|si (?:ammazza|uccide) se (?:lo|la) lascio|(?:parla|parlava) (?:spesso )?di (?:morire|farla finita|andarsene)|dice che vuole (?:andarsene|morire)|(?:ha regalato|regala|sta regalando) (?:tutte )?le sue cose|ha pensato di (?:buttarsi|uccidersi|ammazzarsi|farla finita|impiccarsi)|(?:mi ha detto|ha detto) che ha un piano|(?:ha cercato|cerca|cercava|sta cercando) (?:su (?:internet|google) )?come (?:impiccarsi|uccidersi|ammazzarsi|suicidarsi|farla finita)|sta pensando di (?:uccidersi|ammazzarsi|suicidarsi|farla finita)'],
    ['ABUSE_IN_PROGRESS', 'CONCERN', 'OTHER', '(?:viene|e stata|e stato) picchiat[oa] (?:dal|dalla|da) (?:fidanzat[oa]|marito|moglie|padre|compagn[oa]|patrigno|ragazz[oa])'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'il dolore e (?:cosi |troppo )?(?:insopportabile|insostenibile)|(?:non|nn) sopporto piu di essere me|un dolore che (?:non|nn) passa mai|capisco (?:chi|quelli che|le persone che) si (?:uccid[a-z]+|ammazz[a-z]+|toglie la vita|suicid[a-z]+)|a che serve (?:alzarsi|alzarmi|svegliarsi|svegliarmi)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:ho ricominciato|ricomincio|sto ricominciando) (?:ad|a) avere (?:gli stessi |quei |questi )?pensieri|(?:penso|pensare|pensando) (?:[a-z]+ ){0,2}alla morte|(?:mi )?immagin(?:o|ando) (?:come sarebbe )?il mio funerale|(?:sono|sn|sto|mi sento) (?:[a-z]+ )?(?:in un|dentro un|in fondo a un) (?:buco|pozzo|tunnel)(?: nero| senza fondo| senza uscita)?', /^ (?:di|del|della|dei)\b/],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'se (?:mi lascia|mi tradisce) (?:[a-z]+ ){0,3}(?:la|lo) (?:ammazzo|uccido)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:dato via|regalato) (?:[a-z,]+ ){0,10}(?:non|nn) (?:mi )?serv(?:ono|iranno) piu'],
    ['SELF_HARM', 'CRISIS', 'SELF', 'senza (?:tagliarmi|farmi del male) (?:[a-z,0-9]+ ){0,4}(?:e|ma) (?:[a-z]+ ){0,2}(?:ho ricominciato|ci sono ricascat[oa]|l ho rifatto)'],
  ],
  fr: [
    ['SUICIDE', 'CRISIS', 'SELF', 'testament (?:[a-z]+ ){0,2}(?:,? )?(?:j ai|j ai que) (?:1[4-9]|2[0-5]) ans', /^ (?:[,.] )?(?:[a-z]+ ){0,3}(?:hij[oa]s?|fille|fils|enfants?|figli[oa]?|filh[oa]s?|tochter|sohn|kinder|bebe|baby|familia|famille|famiglia|familie|herencia|heritage|eredita|heranca|erbe|notario|notaire|notaio|notar|abogado|avocat|avvocato|advogado|anwalt|hipoteca|casa|maison|haus)\b/],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:il|elle) (?:se tue|va se tuer|se tuera) si (?:je|on)|(?:a cherche|cherche) comment se (?:pendre|tuer|suicider)|se fait (?:frapper|battre|taper) par (?:son|sa) (?:mari|copain|pere|compagnon|femme|copine|beau pere)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'pour quand je ne serai plus la'],
    ['SUICIDE', 'CRISIS', 'SELF', 'cette fois (?:je (?:ne )?(?:vais )?(?:pas )?(?:rate|rater|louper|loupe)|ca (?:va )?marche(?:ra)?|je me suis (?:mieux )?renseignee?|c est la bonne|je vais jusqu au bout)(?! (?:del|de|sobre|acerca|le|la|les|l|mon|ma|mes|du|d|un|une|el|il|lo|den|die|das|o|a|do|da|il|col|con|com|avec|mit)\\b)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:j ai|jai|g|j avais) (?:deja )?(?:fait|faite) une ts|(?:ma|mes) tentatives? de suicide'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:combien de (?:grammes|cachets|comprimes|pilules|boites)|quelle dose) (?:de [a-z]+ )?(?:[a-z]+ ){0,3}(?:est mortel(?:le)?|sont mortel(?:le)?s|tue|tuent|est letale)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:me casse|me tire|me barre|m en vais|pars|partir|quitter|quitte) (?:de |d )?ce (?:monde|bas monde)|(?:demain|ce soir|cette nuit|samedi|dimanche|lundi|vendredi)(?: matin| soir)? c est la fin(?= \\.| ,|$)'],
    ['SELF_HARM', 'CRISIS', 'SELF', 'me (?:suis )?(?:remise? a me )?tailla(?:der|de|dee|des)|me lacer(?:er|e)|remise? a me (?:couper|scarifier|bruler|mutiler)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:sotter|soter) (?:du|d un|de la|par la|depuis le) (?:pont|toit|immeuble|fenetre|balcon)|je (?:la|le|les) tue (?:[a-z]+ ){0,2}(?:et|puis) (?:je )?me tue|(?:et|puis) je me tue (?:apres|ensuite|derriere)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'si (?:elle|il) me (?:quitte|trompe|laisse) (?:[a-z]+ ){0,3}je (?:la|le) (?:tue|bute|tuerai)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:est en train de|essaie de|essaye de|veut|va) (?:defoncer|enfoncer|casser) (?:la|ma) porte'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:stocke|garde|accumule|mis de cote) (?:mes |des |les )?${MEDS_ANY} depuis|${MEDS_ANY} (?:dans|en) (?:trois|deux|quatre|plusieurs) (?:pharmacies|endroits)(?: differentes| differents)? (?:[a-z]+ ){0,2}pour (?:pas|ne pas) qu on (?:remarque|se doute)`],
    ['SUICIDE', 'CONCERN', 'OTHER', 'qu (?:il|elle) (?:voulait|allait|va|veut) (?:sauter|se jeter|se pendre|mourir|se tuer|en finir|se suicider)|qu (?:il|elle) avait tout prepare|(?:parle|parlait) (?:de mourir|d en finir|de partir pour toujours)|(?:il|elle) donne (?:toutes )?ses affaires'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'la douleur est (?:tellement |trop |si )?insupportable|(?:que|qu) (?:j arrive|je n arrive|je peux|je ne peux) plus (?:a )?supporter|comprends (?:les gens|ceux|celles) qui (?:en finissent|se suicident|se tuent|mettent fin a leurs jours)|(?:sais pas|sp|jsp) si (?:je vais|j vais|jvais) tenir|si je (?:meurs|mourais|crevais) (?:[a-z]+ ){0,2}(?:ce serait|ca serait|ce sera) pas (?:une (?:grosse |grande )?perte|grave|plus mal)|si je (?:ne )?me reveillais (?:pas|plus) (?:[a-z]+ ){0,2}(?:ce serait|ca serait) pas plus mal'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:recommence a avoir|ai de nouveau|reviennent) (?:les memes |des |ces )?(?:pensees|idees)(?: noires)?|pens(?:er|e|es|ais|ant) (?:[a-z]+ ){0,2}a la mort|(?:imagine|imaginer) (?:[a-z]+ ){0,2}(?:mon enterrement|mes funerailles|mes obseques)|(?:suis|me sens) (?:[a-z]+ )?(?:dans un|au fond d un|au fond du) (?:trou|gouffre|puits)(?: noir| sans fond)?|suis un boulet|(?:etre|suis) de trop partout', /^ (?:de|d|du|des)\b/],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:gratte|rouvert|arrache) mes (?:cicatrices|croutes|plaies)|l envie de me (?:couper|scarifier|faire du mal) est'],
    ['SELF_HARM', 'CRISIS', 'SELF', 'sans (?:me scarifier|me couper|me faire du mal|me mutiler) (?:[a-z,0-9]+ ){0,4}(?:et|mais) (?:[a-z]+ ){0,2}(?:j ai recommence|recommence|rechute)|(?:cuisses|poignets|avant bras|scarif[a-z]*|coupures) (?:[a-z,]+ ){0,10}j ai recommence'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:la decision est prise|c est decide|j ai decide) (?:[a-z,]+ ){0,6}j attends (?:juste )?que (?:ma|mon|mes) [a-z]+ (?:parte|partent|soit partie?|soient partis|s en aille|dorme|dorment)(?: au (?:boulot|travail|taf))?', /^ (?:pour|para|per|um) /],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:m )?endormir pour (?:toujours|de bon|tres longtemps)|mendormir pour (?:toujours|de bon|tres longtemps)'],
  ],
  de: [
    ['SUICIDE', 'CRISIS', 'SELF', 'testament (?:[a-z]+ ){0,2}(?:fertig|gemacht|geschrieben)(?: ,)? (?:[a-z]+ ){0,2}(?:ich bin|bin) (?:1[4-9]|2[0-5])', /^ (?:[,.] )?(?:[a-z]+ ){0,3}(?:hij[oa]s?|fille|fils|enfants?|figli[oa]?|filh[oa]s?|tochter|sohn|kinder|bebe|baby|familia|famille|famiglia|familie|herencia|heritage|eredita|heranca|erbe|notario|notaire|notaio|notar|abogado|avocat|avvocato|advogado|anwalt|hipoteca|casa|maison|haus)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', 'diesmal (?:klappt es|schaffe ich es|mache ich es richtig|mach ich es richtig|hab ich mich besser informiert|habe ich mich besser informiert)|(?:welche dosis|wie viel gramm|wie viele gramm|wie viele tabletten) (?:von |vom )?(?:[a-z]+ ){0,3}(?:ist|sind) (?:todlich|toedlich)|bring(?:e)? (?:sie|ihn) um und dann mich'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:er|sie) bringt sich um wenn ich|(?:er|sie) (?:sucht|hat gesucht|googelt|hat gegoogelt) (?:[a-z]+ ){0,3}wie man sich|(?:er|sie) denkt (?:daran|dran) sich umzubringen|wird von (?:ihrem|seinem) (?:mann|freund|vater|partner|stiefvater) geschlagen|(?:redet|spricht) (?:dauernd |oft |standig |staendig |nur noch )?vom sterben|verschenkt (?:all )?(?:seine|ihre) sachen'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'wenn (?:sie|er) mich verlasst (?:[a-z]+ ){0,3}bring(?:e)? ich (?:sie|ihn) um'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'tritt (?:gerade )?die tur ein|versucht die tur einzutreten'],
    ['SUICIDE', 'CONCERN', 'SELF', 'fur wenn ich nicht mehr da bin'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'bring(?:e)? (?:meinen|meine|den|die|ihn|sie|diesen|diese) (?:[a-z]+ )?um(?: ,)? (?:heute|morgen|jetzt|noch heute|heute noch|heute nacht)|(?:heute|morgen|heute nacht|jetzt) bring(?:e)? ich (?:meinen|meine|den|die|ihn|sie) (?:[a-z]+ )?um'],
    ['SUICIDE', 'CONCERN', 'OTHER', 'dass (?:er|sie) (?:[a-z]+ ){0,2}sich (?:[a-z]+ ){0,2}(?:umbringen|das leben nehmen|was antun|toten) (?:will|mochte|moechte|wird|wurde)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:entschieden|beschlossen) (?:[a-z,]+ ){0,6}warte (?:nur )?(?:bis|darauf dass) (?:meine|mein) [a-z]+ (?:weg ist|schlaft|schlaeft|geht|aus dem haus ist)', /^ (?:um|damit) /],
    ['SUICIDE', 'CRISIS', 'SELF', 'bis (?:sonntag|samstag|freitag|montag|dienstag|mittwoch|donnerstag|morgen|ubermorgen) (?:[a-z,]+ ){0,2}danach ist (?:ruhe|schluss|alles vorbei|endlich ruhe)'],
    ['SELF_HARM', 'CRISIS', 'SELF', 'ohne (?:mich zu ritzen|ritzen|mich zu verletzen) (?:[a-z,0-9]+ ){0,4}(?:und|aber) (?:[a-z]+ ){0,2}(?:wieder angefangen|ruckfall|rueckfall)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ich )?(?:kill|kille) mich|(?:bring|bing|bringe) mi(?:ch)? (?:[a-z]+ ){0,3}um'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:verlasse|verlassen) (?:diese|die) welt|von dieser welt (?:verabschieden|gehen)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:abschiedsvideos|abschiedsnachrichten|abschiedsbriefe|abschiedsmails?)(?! (?:[a-z,]+ ){0,8}(?:rente|ruhestand|umzieht|zieht|kundigt|hochzeit|geburtstag))'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:soll|sollen|kann|darf|sollst) (?:[a-z]+ )?(?:es|sie|das|ihn) (?:haben|bekommen|behalten) (?:[a-z]+ )?wenn ich (?:weg|tot|nicht mehr da|nicht mehr am leben) bin'],
    ['SUICIDE', 'CRISIS', 'SELF', `${MEDS_ANY} (?:[a-z,0-9]+ ){0,10}(?:keiner|niemand) (?:hat(?:s| es)?|hats) (?:was )?(?:gemerkt|bemerkt|mitbekommen)|von (?:drei|zwei|vier|mehreren|verschiedenen) (?:arzten|aerzten|apotheken) (?:[a-z]+ ){0,3}${MEDS_ANY}`],
    ['SUICIDE', 'CRISIS', 'SELF', 'sobald (?:[a-z]+ ){1,5}(?:ist|sind|weg|schlaft|schlaeft|schlafen) (?:, )?mach ich(?:s| es)(?= \\.| ,|$)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:gesagt|sagt|meint|meinte|schreibt|geschrieben) (?:, )?(?:dass )?(?:er|sie) (?:springt|bringt sich um|sich umbringt|sich was antut|tut sich was an)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:schmerz|schmerzen) (?:ist|is|sind) (?:so |zu )?(?:unertraglich|unertraeglich|nicht auszuhalten)|(?:halte?|halt) (?:es|das) (?:[a-z]+ )?(?:kaum|nicht) (?:noch|mehr) aus|verstehe (?:die )?(?:leute|menschen|jeden) die sich (?:umbringen|das leben nehmen|toten)|weiss nicht ob ich (?:[a-z]+ ){0,3}(?:uberstehe|ueberstehe|durchhalte|schaffe)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:habe|hab) (?:wieder|schon wieder) (?:diese|die gleichen|dieselben|solche) gedanken|(?:vorstelle|vorzustellen|stelle mir vor) (?:[a-z]+ ){0,3}(?:meine beerdigung|mein begrabnis)|(?:meine beerdigung|mein begrabnis) (?:[a-z]+ ){0,2}(?:aussieht|aussehen wurde)|(?:stecke|bin|sitze) (?:[a-z]+ )?in einem (?:tiefen |schwarzen |dunklen )?(?:loch|tunnel)'],
  ],
};

/** The round 21 rules per language, run after the grammar. */
export const R21_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(R21);
/** The round 21 rules written for all five languages at once: run once per message, with the first language screened. */
export const R21_SHARED_RULES: readonly ForeignRule[] = compile(R21_SHARED);
