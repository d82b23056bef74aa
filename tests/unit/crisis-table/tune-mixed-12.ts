/**
 * Round r12 (TUNE), written on 2026-12-07: long messages in six languages with the sign buried
 * between session questions, code-switching, and their benign twins.
 */
import type { RowInput } from './rows';

type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

export const ROWS_12: ReadonlyArray<readonly [Lang, RowInput]> = [
  ['en', ["Quick question about Tuesday's session, can we move it to 4? Also, and I don't really know how to say this, but I've been looking at ways to overdose and I have enough saved up. Anyway let me know about 4", 'C', 'prep']],
  ['en', ['work is fine i guess, kids are fine, i just feel like im a ghost and soon i actually will be. what time is my next appointment', 'C', 'timing']],
  ['en', ['i keep having this thought that if i crash the car on the highway it would all be done, is that normal? my therapist said to ask', 'C', 'method']],
  ['en', ['so i did the homework, the thought record thing. most of the thoughts were "i should just kill myself" and "everyone hates me"', 'C', 'thoughts']],
  ['en', ['can u remind me what we said about my mom. also i relapsed on cutting, its bad', 'C', 'selfharm']],
  ['en', ['my brother keeps saying he is going to end his life and i am scared for him', 'o', 'reported']],
  ['es', ['oye una pregunta sobre la sesion del martes, se puede cambiar? ademas ya tengo todo listo para matarme el sabado. bueno avisame', 'C', 'plan']],
  ['es', ['el trabajo bien, los niños bien, pero siento que sobro en este mundo y pronto no voy a estar. ¿a que hora es mi cita?', 'C', 'timing']],
  ['fr', ["petite question sur la séance de mardi, on peut la décaler ? sinon j'ai tout préparé pour me tuer samedi. dis moi", 'C', 'plan']],
  ['fr', ['le travail ça va, les enfants ça va, mais je suis de trop sur cette terre et bientôt je ne serai plus là', 'C', 'timing']],
  ['de', ['kurze frage zur sitzung am dienstag, können wir sie verschieben? außerdem habe ich alles vorbereitet um mich am samstag umzubringen', 'C', 'plan']],
  ['de', ['arbeit läuft, kinder auch, aber ich bin hier zu viel und bald bin ich nicht mehr da', 'C', 'timing']],
  ['pt', ['uma pergunta sobre a sessao de terca, da pra mudar? alias ja deixei tudo pronto pra me matar no sabado', 'C', 'plan']],
  ['pt', ['o trabalho ta ok, as criancas tao bem, mas eu sobro nesse mundo e logo nao vou estar mais aqui', 'C', 'timing']],
  ['it', ['domanda veloce sulla seduta di martedi, si puo spostare? comunque ho preparato tutto per uccidermi sabato', 'C', 'plan']],
  ['it', ['il lavoro va, i bambini stanno bene, ma sono di troppo a questo mondo e presto non ci saro piu', 'C', 'timing']],
  ['en', ["Quick question about Tuesday's session, can we move it to 4? Also I have been looking at ways to save money. Anyway let me know about 4", 'n', 'session']],
  ['en', ['work is fine i guess, kids are fine, i just feel tired. what time is my next appointment', 'n', 'session']],
  ['en', ['so i did the homework, the thought record thing. most of the thoughts were "i am not good enough" and "everyone hates me"', 'n', 'session']],
  ['en', ['can u remind me what we said about my mom. also i relapsed on sugar, its bad lol', 'n', 'everyday']],
  ['es', ['oye una pregunta sobre la sesion del martes, se puede cambiar? ademas ya tengo todo listo para la mudanza el sabado', 'n', 'session']],
  ['es', ['el trabajo bien, los niños bien, pero pronto no voy a estar en la ciudad, me voy de viaje. ¿a que hora es mi cita?', 'n', 'session']],
  ['fr', ["petite question sur la séance de mardi, on peut la décaler ? sinon j'ai tout préparé pour le déménagement samedi", 'n', 'session']],
  ['fr', ['le travail ça va, les enfants ça va, bientôt je ne serai plus là pendant deux semaines, je pars en vacances', 'n', 'everyday']],
  ['de', ['kurze frage zur sitzung am dienstag, können wir sie verschieben? außerdem habe ich alles für den umzug am samstag vorbereitet', 'n', 'session']],
  ['de', ['arbeit läuft, kinder auch, nächste woche bin ich nicht da, ich bin im urlaub', 'n', 'everyday']],
  ['pt', ['uma pergunta sobre a sessao de terca, da pra mudar? alias ja deixei tudo pronto pra mudanca no sabado', 'n', 'session']],
  ['pt', ['o trabalho ta ok, semana que vem nao vou estar aqui, vou viajar', 'n', 'everyday']],
  ['it', ['domanda veloce sulla seduta di martedi, si puo spostare? comunque ho preparato tutto per il trasloco sabato', 'n', 'session']],
  ['it', ['il lavoro va, la prossima settimana non ci saro perche sono in vacanza', 'n', 'everyday']],
];
