/**
 * Every row of the crisis table. Batch v1 (the first files) was split in two and its held-out half
 * burned; rounds r2-r22 (tune-*.ts) were written afterwards, each measured once before the rules were
 * fixed for it. All of them are TUNE. Held-out batches v2 and v3 are measured, never tuned on.
 */
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
import { ROWS_10 } from './tune-mixed-10';
import { BENIGN_11, ROWS_11 } from './tune-mixed-11';
import { ROWS_12 } from './tune-mixed-12';
import { ROWS_13 } from './tune-mixed-13';
import { ROWS_14 } from './tune-mixed-14';
import { DE_ROWS_2, ES_ROWS_2, FR_ROWS_2, IT_ROWS_2, PT_ROWS_2 } from './tune-foreign';
import { ROWS_15A } from './tune-r15a';
import { ROWS_15B } from './tune-r15b';
import { ROWS_16A } from './tune-r16a';
import { ROWS_16B } from './tune-r16b';
import { ROWS_17A } from './tune-r17a';
import { ROWS_17B } from './tune-r17b';
import { ROWS_18A } from './tune-r18a';
import { ROWS_18B } from './tune-r18b';
import { ROWS_19A } from './tune-r19a';
import { ROWS_19B } from './tune-r19b';
import { HELD_OUT_V2 } from './heldout-v2';
import { HELD_OUT_V3 } from './heldout-v3';
import { HELD_OUT_V4 } from './heldout-v4';
import { HELD_OUT_V5 } from './heldout-v5';
import { ROWS_20A } from './tune-r20a';
import { ROWS_20B } from './tune-r20b';
import { ROWS_20C } from './tune-r20c';
import { ROWS_20D } from './tune-r20d';
import { ROWS_21A } from './tune-r21a';
import { ROWS_21B } from './tune-r21b';
import { ROWS_21C } from './tune-r21c';
import { ROWS_22A } from './tune-r22a';
import { ROWS_23A } from './tune-r23a';
import { ROWS_23B } from './tune-r23b';
import { ROWS_25A } from './tune-r25a';
import { ROWS_26A } from './tune-r26a';
import { ROWS_26C } from './tune-r26c';
import { ROWS_27A } from './tune-r27a';
import { ROWS_27C } from './tune-r27c';
import { ROWS_28A } from './tune-r28a';
import { ROWS_28C } from './tune-r28c';
import { ROWS_29A } from './tune-r29a';
import { ROWS_29C } from './tune-r29c';

/** Rows of v1 and rounds r2-r14. */
const BEFORE_R15: readonly Row[] = [
  ...rowsOf('en', EN_RISK),
  ...rowsOf('en', EN_BENIGN),
  ...rowsOf('es', ES_ROWS),
  ...rowsOf('fr', FR_ROWS),
  ...rowsOf('de', DE_ROWS),
  ...rowsOf('pt', PT_ROWS),
  ...rowsOf('it', IT_ROWS),
  ...rowsOf('en', EN_RISK_2, 'TUNE', 'r2'),
  ...rowsOf('en', EN_BENIGN_2, 'TUNE', 'r2'),
  ...rowsOf('en', EN_RISK_3, 'TUNE', 'r3'),
  ...rowsOf('en', EN_BENIGN_3, 'TUNE', 'r3'),
  ...rowsOf('es', ES_ROWS_2, 'TUNE', 'r2'),
  ...rowsOf('fr', FR_ROWS_2, 'TUNE', 'r2'),
  ...rowsOf('de', DE_ROWS_2, 'TUNE', 'r2'),
  ...rowsOf('pt', PT_ROWS_2, 'TUNE', 'r2'),
  ...rowsOf('it', IT_ROWS_2, 'TUNE', 'r2'),
  ...rowsOf('es', ES_ROWS_4, 'TUNE', 'r4'),
  ...rowsOf('fr', FR_ROWS_4, 'TUNE', 'r4'),
  ...rowsOf('de', DE_ROWS_4, 'TUNE', 'r4'),
  ...rowsOf('pt', PT_ROWS_4, 'TUNE', 'r4'),
  ...rowsOf('it', IT_ROWS_4, 'TUNE', 'r4'),
  ...rowsOf('en', EN_ROWS_5, 'TUNE', 'r5'),
  ...FOREIGN_ROWS_5.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r5')),
  ...ROWS_6.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r6')),
  ...ROWS_7.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r7')),
  ...ROWS_8.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r8')),
  ...BENIGN_8.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r8')),
  ...ROWS_9.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r9')),
  ...BENIGN_9.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r9')),
  ...ROWS_10.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r10')),
  ...ROWS_11.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r11')),
  ...BENIGN_11.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r11')),
  ...ROWS_12.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r12')),
  ...ROWS_13.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r13')),
  ...ROWS_14.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r14')),
];

/** Drops rows whose text is already taken (an earlier row of the table, held-out rows included). */
function fresh(rows: readonly Row[]): Row[] {
  const taken = new Set([...BEFORE_R15.map((row) => row.text), ...HELD_OUT_V2.flatMap(({ rows: held }) => held.map(([text]) => text)), ...HELD_OUT_V3.map(([, [text]]) => text), ...HELD_OUT_V4.map(([, [text]]) => text), ...HELD_OUT_V5.map(([, [text]]) => text)]);
  return rows.filter((row) => {
    if (taken.has(row.text)) return false;
    taken.add(row.text);
    return true;
  });
}

const TUNE_PART: readonly Row[] = [
  ...BEFORE_R15,
  // Blind batches from two data writers (r15: keyword-style and colloquial; r16: indirect signs and benign twins), measured once first.
  // A row whose text is already in the table (an earlier batch, or the held-out batch) is dropped: 3 repeats of earlier rows
  // and 1 r15a row identical to a held-out row, found by comparing texts without reading the held-out rows.
  ...fresh([
    ...ROWS_15A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r15a')),
    ...ROWS_15B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r15b')),
    ...ROWS_16A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r16a')),
    ...ROWS_16B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r16b')),
    // r17: a realistic mix (direct, indirect, benign look-alikes), same rule.
    ...ROWS_17A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r17a')),
    ...ROWS_17B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r17b')),
    // r18: weakest families of r17 (giving, timing, method, farewell) and hard negatives (near misses, negation, slang), same rule.
    ...ROWS_18A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r18a')),
    ...ROWS_18B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r18b')),
    // r19: an English mix weighted to indirect signs and benign twins (r19a), chat-style es/fr/de/pt/it with hard negatives (r19b), same rule.
    ...ROWS_19A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r19a')),
    ...ROWS_19B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r19b')),
    // r20: English everyday wording (r20a), es/pt (r20b), fr/de/it (r20c), mostly hard benign in six languages (r20d), same rule.
    ...ROWS_20A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r20a')),
    ...ROWS_20B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r20b')),
    ...ROWS_20C.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r20c')),
    ...ROWS_20D.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r20d')),
    // r21: English as patients type (r21a), es/pt/it (r21b), fr/de with hard benign in six languages (r21c), same rule.
    ...ROWS_21A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r21a')),
    ...ROWS_21B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r21b')),
    ...ROWS_21C.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r21c')),
    // r22: German only (the weakest language of held-out v4), same rule.
    ...ROWS_22A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r22a')),
    // r23: es/fr/pt/it as patients type on a phone (r23a), English and German styles, euphemisms and buried risk (r23b), same rule.
    ...ROWS_23A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r23a')),
    ...ROWS_23B.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r23b')),
    // r25: fr/de/it, half clinician-style C-SSRS / 988 sentences, half everyday typing (the weakest languages of v4/v5), same rule.
    ...ROWS_25A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r25a')),
    // r26: fr/de/es/pt as dictated and typed (no punctuation, regional forms, risk late in an ordinary message), same rule.
    ...ROWS_26A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r26a')),
    // r26c: English voices (algospeak, veterans and older adults, postpartum, risk inside a session question), same rule.
    ...ROWS_26C.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r26c')),
    // r27: adults writing at night with a context (breakup, debt, illness, caring), fr/de/it/es/pt (r27a) and English (r27c), same rule.
    ...ROWS_27A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r27a')),
    ...ROWS_27C.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r27c')),
    // r28: patients typing into the session assistant (a session question, then a disclosure; regional and dictated), fr/de/it/es/pt (r28a) and English (r28c), same rule.
    ...ROWS_28A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r28a')),
    ...ROWS_28C.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r28c')),
    // r29: adults typing as their region does (Swiss/Austrian German without umlauts, Québec and African French, SMS forms) (r29a), and English of non-native speakers, dictating elders, veterans and teens (r29c), same rule.
    ...ROWS_29A.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r29a')),
    ...ROWS_29C.flatMap(([language, row]) => rowsOf(language, [row], 'TUNE', 'r29c')),
  ]),
];

// The untouched half: written by people who saw neither the rules nor the rows above; measured, never tuned on.
const V2_ROWS = HELD_OUT_V2.flatMap(({ language, rows }) => rowsOf(language, rows, 'HELD_OUT', 'v2'));
const V3_ROWS = HELD_OUT_V3.flatMap(([language, row]) => rowsOf(language, [row], 'HELD_OUT', 'v3'));
/** A v3 row whose text is already in a TUNE batch or in v2 is not held out: dropped (counted, never read). */
const earlier = new Set([...TUNE_PART.map((row) => row.text), ...V2_ROWS.map((row) => row.text)]);
export const V3_DROPPED = V3_ROWS.filter((row) => earlier.has(row.text)).length;

const V3_KEPT = V3_ROWS.filter((row) => !earlier.has(row.text));
// v4 (written blind on 2026-12-07: the messages a clinical safety reviewer would type), the same rule against everything before it.
const V4_ROWS = HELD_OUT_V4.flatMap(([language, row]) => rowsOf(language, [row], 'HELD_OUT', 'v4'));
const beforeV4 = new Set([...earlier, ...V3_KEPT.map((row) => row.text)]);
export const V4_DROPPED = V4_ROWS.filter((row) => beforeV4.has(row.text)).length;

const V4_KEPT = V4_ROWS.filter((row) => !beforeV4.has(row.text));
// v5 (written blind on 2026-12-07: an external acceptance tester's messages, six languages), the same rule against everything before it.
const V5_ROWS = HELD_OUT_V5.flatMap(([language, row]) => rowsOf(language, [row], 'HELD_OUT', 'v5'));
const beforeV5 = new Set([...beforeV4, ...V4_KEPT.map((row) => row.text)]);
export const V5_DROPPED = V5_ROWS.filter((row) => beforeV5.has(row.text)).length;

export const TABLE: readonly Row[] = [...TUNE_PART, ...V2_ROWS, ...V3_KEPT, ...V4_KEPT, ...V5_ROWS.filter((row) => !beforeV5.has(row.text))];

export const TUNE_ROWS = TABLE.filter((row) => row.half === 'TUNE');
export const HELD_OUT_ROWS = TABLE.filter((row) => row.half === 'HELD_OUT');

export * from './rows';
