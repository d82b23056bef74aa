/**
 * Round r14 (TUNE), written on 2026-12-07: research of methods, euphemisms and hopelessness in six
 * languages, and their benign twins.
 */
import type { RowInput } from './rows';

type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

export const ROWS_14: ReadonlyArray<readonly [Lang, RowInput]> = [
  ['en', ['been reading forums about the easiest way out', 'C', 'research']],
  ['en', ['i searched how long it takes to bleed out', 'C', 'research']],
  ['en', ['i want to go to sleep for good', 'c', 'wish']],
  ['en', ["i'm checking out soon, for real this time", 'C', 'intent']],
  ['en', ["nothing's ever going to change so why bother", 'c', 'hopeless']],
  ['en', ['i am so tired of being a disappointment to everyone', 'c', 'burden']],
  ['es', ['estuve buscando en internet como suicidarme', 'C', 'research']],
  ['es', ['me quiero ir a dormir para no despertar', 'c', 'wish']],
  ['es', ['nada va a cambiar nunca, para que seguir', 'c', 'hopeless']],
  ['fr', ['jai cherché sur internet comment me suicider', 'C', 'research']],
  ['fr', ['rien ne changera jamais, a quoi bon continuer', 'c', 'hopeless']],
  ['de', ['ich habe im internet gesucht wie man sich umbringt', 'C', 'research']],
  ['de', ['es wird sich nie etwas ändern, wozu weitermachen', 'c', 'hopeless']],
  ['pt', ['pesquisei na internet como me matar', 'C', 'research']],
  ['pt', ['nada nunca vai mudar, pra que continuar', 'c', 'hopeless']],
  ['it', ['ho cercato su internet come uccidermi', 'C', 'research']],
  ['it', ['niente cambiera mai, a che serve andare avanti', 'c', 'hopeless']],
  ['en', ['been reading forums about the easiest way to learn guitar', 'n', 'everyday']],
  ['en', ['i searched how long it takes to boil an egg', 'n', 'everyday']],
  ['en', ["i'm checking out of the hotel soon", 'n', 'everyday']],
  ['en', ['i want to go to sleep early for good habits', 'n', 'everyday']],
  ['es', ['estuve buscando en internet como arreglar la bici', 'n', 'everyday']],
  ['fr', ['jai cherché sur internet comment réparer mon vélo', 'n', 'everyday']],
  ['de', ['ich habe im internet gesucht wie man brot backt', 'n', 'everyday']],
  ['pt', ['pesquisei na internet como fazer pao', 'n', 'everyday']],
  ['it', ['ho cercato su internet come fare il pane', 'n', 'everyday']],
  ['es', ['nada va a cambiar en el gobierno, para que votar', 'n', 'media']],
  ['en', ['the easiest way out of the parking garage is on the left', 'n', 'everyday']],
  ['en', ['checking out soon, the library closes at 8', 'n', 'everyday']],
  ['en', ['i am so tired of being the only one who does the dishes', 'n', 'everyday']],
  ['es', ['para que seguir con la dieta si no funciona', 'n', 'everyday']],
  ['de', ['wozu weitermachen mit dem kurs, wenn er so langweilig ist?', 'n', 'everyday']],
  ['it', ['a che serve continuare a studiare latino?', 'n', 'everyday']],
  ['pt', ['pra que continuar nesse curso chato?', 'n', 'everyday']],
];
