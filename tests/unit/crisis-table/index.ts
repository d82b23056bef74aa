/** Every row of the crisis table, by language. */
import { DE_ROWS, IT_ROWS, PT_ROWS } from './de-pt-it';
import { EN_BENIGN } from './en-benign';
import { EN_RISK } from './en-risk';
import { ES_ROWS, FR_ROWS } from './es-fr';
import { rowsOf, type Row } from './rows';
import { EN_BENIGN_2, EN_RISK_2 } from './tune-en';
import { EN_BENIGN_3, EN_RISK_3 } from './tune-en-3';
import { DE_ROWS_4, ES_ROWS_4, FR_ROWS_4, IT_ROWS_4, PT_ROWS_4 } from './tune-foreign-4';
import { EN_ROWS_5, FOREIGN_ROWS_5 } from './tune-mixed-5';
import { ROWS_6 } from './tune-mixed-6';
import { ROWS_7 } from './tune-mixed-7';
import { BENIGN_8, ROWS_8 } from './tune-mixed-8';
import { BENIGN_9, ROWS_9 } from './tune-foreign-9';
import { DE_ROWS_2, ES_ROWS_2, FR_ROWS_2, IT_ROWS_2, PT_ROWS_2 } from './tune-foreign';

export const TABLE: readonly Row[] = [
  ...rowsOf('en', EN_RISK),
  ...rowsOf('en', EN_BENIGN),
  ...rowsOf('es', ES_ROWS),
  ...rowsOf('fr', FR_ROWS),
  ...rowsOf('de', DE_ROWS),
  ...rowsOf('pt', PT_ROWS),
  ...rowsOf('it', IT_ROWS),
  ...rowsOf('en', EN_RISK_2),
  ...rowsOf('en', EN_BENIGN_2),
  ...rowsOf('en', EN_RISK_3),
  ...rowsOf('en', EN_BENIGN_3),
  ...rowsOf('es', ES_ROWS_2),
  ...rowsOf('fr', FR_ROWS_2),
  ...rowsOf('de', DE_ROWS_2),
  ...rowsOf('pt', PT_ROWS_2),
  ...rowsOf('it', IT_ROWS_2),
  ...rowsOf('es', ES_ROWS_4),
  ...rowsOf('fr', FR_ROWS_4),
  ...rowsOf('de', DE_ROWS_4),
  ...rowsOf('pt', PT_ROWS_4),
  ...rowsOf('it', IT_ROWS_4),
  ...rowsOf('en', EN_ROWS_5),
  ...FOREIGN_ROWS_5.flatMap(([language, row]) => rowsOf(language, [row])),
  ...ROWS_6.flatMap(([language, row]) => rowsOf(language, [row])),
  ...ROWS_7.flatMap(([language, row]) => rowsOf(language, [row])),
  ...ROWS_8.flatMap(([language, row]) => rowsOf(language, [row])),
  ...BENIGN_8.flatMap(([language, row]) => rowsOf(language, [row])),
  ...ROWS_9.flatMap(([language, row]) => rowsOf(language, [row])),
  ...BENIGN_9.flatMap(([language, row]) => rowsOf(language, [row])),
];

export const TUNE_ROWS = TABLE.filter((row) => row.half === 'TUNE');
export const HELD_OUT_ROWS = TABLE.filter((row) => row.half === 'HELD_OUT');

export * from './rows';
