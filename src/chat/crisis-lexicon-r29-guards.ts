/**
 * Round 29 frames that keep a five-language match from being read as a risk (crisis-foreign.ts reads them around a
 * SUICIDE match of the patient's own; folded text): a bare "me quiero morir" over a game or a team's loss, an outburst
 * corrected right after ("quiero terminar con todo… lo del divorcio digo"), and a "throw myself" that lands on a sofa.
 */

// "me quiero morir", "je veux mourir", "ich will sterben": the bare wish that fans and gamers say too.
export const BARE_WISH = /^(?:me quiero (?:morir|matar)|quiero (?:morir|morirme|matarme)|me muero|(?:je )?veux (?:mourir|crever)|(?:j ai )?envie de (?:mourir|crever)|(?:ich )?will sterben|(?:ich )?(?:bring|erschiess) mich um|(?:io )?voglio morire|mi voglio (?:ammazzare|uccidere)|me vojo ammazza|(?:eu )?quero morrer|me quero matar|vou me matar)$/;
// A team's loss or deaths counted in a game, in the message.
export const FANDOM =
  /\b(?:(?:perdio|perdieron|perdimos|empato|nos ganaron|nos golearon|a perdu|on a perdu|ont perdu|hat verloren|haben verloren|ha perso|abbiamo perso|hanno perso|perdeu|perdemos|perderam) (?:[a-z]+ ){0,6}(?:otra vez|de nuevo|el clasico|la final|en casa|encore|wieder|di nuovo|ancora|de novo|outra vez|equipo|squadra|equipe|mannschaft|verein|partido|partita|match|spiel|jogo|derby|derbi|clasico|liga|campeonato)|(?:me mataron|mori|me mori|so morto|sono morto|je suis mort|j ai creve|bin gestorben|morri|me mataram|gestorben) (?:[a-z]+ ){0,3}(?:[0-9]+|cien|mil|cento|mille|hundert|tausend|cem) (?:veces|volte|fois|mal|vezes)|(?:[0-9]+|cien|mil|cento|mille|hundert|tausend|cem) (?:veces|volte|fois|mal|vezes) (?:[a-z]+ ){0,4}(?:gestorben|morto|morta|mort|morte|muerto|muerta|morri|creve|crevee|krepiert)|(?:[0-9]+|cien|mil|cento|mille|hundert|tausend|cem) (?:veces|volte|fois|mal|vezes) (?:en el|en|nel|dans|in|no|na|contra el|contre le|contro il) (?:[a-z]+ ){0,3}(?:juego|jefe|boss|nivel|gioco|livello|jeu|niveau|spiel|level|jogo|chefe|fase))\b/;
// Money at stake makes a loss a crisis of its own: the guard leaves it.
export const STAKES = /\b(?:apuesta|apuestas|aposte|deuda|deudas|plata|dinero|scommess[ae]|debiti|soldi|pari|paris|dettes|argent|wette|wetten|schulden|geld|aposta|apostas|dividas|dinheiro|perdi todo|ho perso tutto|j ai tout perdu|alles verloren|perdi tudo)\b/;
// "quiero terminar con todo… lo del divorcio digo, los papeles": the outburst corrected right after.
export const CORRECTED_AFTER =
  /^ (?:\. |, )?(?:(?:lo|el tema|la cosa|o|a|le|il|das) (?:del|de la|de los|de|do|da|du|della|dello|mit dem|mit der) [a-z]+ (?:digo|quero dizer|je veux dire|intendo|cioe|mein ich)|(?:digo|o sea|quiero decir|es decir|je veux dire|quero dizer|ou seja|cioe|intendo|ich meine?) (?:,? )?(?:lo|el|la|los|las|le|les|o|a|os|as|il|i|die|der|das|den) (?:[a-z]+ )?(?:del|de|de la|do|da|du|des|della|dello|mit))\b/;
// "vou me jogar… no sofá", "me tiro en la cama": thrown onto something soft.
export const SOFT_LANDING_AFTER =
  /^ (?:\. |, )?(?:no|na|nos|en el|en la|en mi|a la|sur le|sur mon|sur la|dans le|dans mon|sul|sulla|sul mio|nel|nel mio|aufs|auf das|auf mein|ins|em cima do|em cima da|encima del?) (?:sofa|cama|colchao|colchon|canape|lit|divano|letto|bett|couch|sillon|poltrona|rede|hamaca|piscina|piscine|pool|sessel)\b/;
