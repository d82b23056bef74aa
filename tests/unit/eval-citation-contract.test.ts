import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/chat/citations';
import { DEFAULT_OFFLINE_ANSWER, OfflineChatModel } from '../../src/offline/answerer/offline.chat-model';
import { OfflineEmbedder } from '../../src/offline/embedder/offline.embedder';
import { DEFAULT_CHUNK_OPTIONS, speakerLabel } from '../../src/retrieval/chunker';
import { DEFAULT_FUSION } from '../../src/retrieval/retrieval.service';
import { passageSource, utterancesOfChunk } from '../../src/retrieval/utterances';
import { buildCorpus, loadEvalSet, MemoEmbedder, prepareQuestions, retrieved } from '../../scripts/eval/inprocess';

/** The development set (see its README); EVAL_DIR when it is not next to the repository. */
const EVAL_DIR = process.env.EVAL_DIR ?? path.resolve(__dirname, '../../../shared/eval');

describe.skipIf(!existsSync(path.join(EVAL_DIR, 'questions.jsonl')))('the citation contract over the whole development set', () => {
  it('every citation of every answer is the transcript utterance holding its quote: its speaker, start and end', { timeout: 600_000 }, async () => {
    const set = loadEvalSet(EVAL_DIR);
    const cache = mkdtempSync(path.join(tmpdir(), 'eval-contract-'));
    const embedder = new MemoEmbedder(new OfflineEmbedder());
    const corpus = await buildCorpus(set, embedder, DEFAULT_CHUNK_OPTIONS, cache);
    const prepared = await prepareQuestions(corpus, set.questions, ({ patient }) => patient, cache);
    const model = new OfflineChatModel(DEFAULT_OFFLINE_ANSWER, embedder);
    let checked = 0;
    for (const p of prepared) {
      const found = retrieved(p, DEFAULT_FUSION).slice(0, 5);
      const sources = found.map((c, i) => passageSource({ ...c, utterances: utterancesOfChunk(c, corpus.segments.get(c.sessionId)!) }, i + 1));
      const answer = await model.answer({ question: p.question.question, history: [], sources, firstMessage: true });
      const { citations } = extractCitations(answer.text, sources);
      for (const c of citations) {
        const holder = corpus.segments.get(c.sessionId)!.find((s) => s.start === c.startSec && s.end === c.endSec);
        expect(holder, `${p.question.id}: a transcript utterance at ${c.startSec}–${c.endSec}`).toBeDefined();
        expect(holder!.text.replace(/\s+/g, ' '), p.question.id).toContain(c.quote);
        expect(c.speaker, p.question.id).toBe(speakerLabel(holder!));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(set.questions.length / 2);
  });
});
