/** Every row of the crisis table, by language. */
import { DE_ROWS, IT_ROWS, PT_ROWS } from './de-pt-it';
import { EN_BENIGN } from './en-benign';
import { EN_RISK } from './en-risk';
import { ES_ROWS, FR_ROWS } from './es-fr';
import { rowsOf, type Row } from './rows';

export const TABLE: readonly Row[] = [
  ...rowsOf('en', EN_RISK),
  ...rowsOf('en', EN_BENIGN),
  ...rowsOf('es', ES_ROWS),
  ...rowsOf('fr', FR_ROWS),
  ...rowsOf('de', DE_ROWS),
  ...rowsOf('pt', PT_ROWS),
  ...rowsOf('it', IT_ROWS),
];

export const TUNE_ROWS = TABLE.filter((row) => row.half === 'TUNE');
export const HELD_OUT_ROWS = TABLE.filter((row) => row.half === 'HELD_OUT');

export * from './rows';
