import { rm } from 'node:fs/promises';
import { makeJobFolder } from '../../infra/work-folder';
import path from 'node:path';
import type { Segment } from '../../transcripts/segment';
import { gateChannelWords, muteBleed, type ChannelWord } from '../speech/channel-gate';
import { mixDown, peakLevelDb, type ChannelLayout } from '../speech/channel-layout';
import { abortReason } from '../speech/child-process';
import { FramePowerLog, framePowers } from '../speech/energy';
import { MonoDiarizer } from '../speech/mono-diarizer';
import type { RecognizedWord } from '../speech/recognized-word';
import type { PcmWindow } from '../speech/windowing';
import type { TranscriptionInput } from '../../providers/transcriber';
import { placeWindowSegments, toTranscriptSegments, unwrapNativeResult, type PlacedSegment } from './whisper-mapping';
import { WHISPER_SAMPLE_RATE, type WhisperEngine, type WhisperParams, type WhisperSession } from './whisper-engine';
import type { WhisperTranscriberOptions } from './whisper-options';
import { decodeInWindows } from '../speech/windowed-decoding';

/** Windows quieter than this everywhere hold no speech; whisper would only hallucinate on them. */
const SILENT_WINDOW_DB = -60;
/** whisper.cpp ignores buffers under 1 s ("input is too short"): shorter ones are padded with silence. */
const MIN_WHISPER_SAMPLES = Math.round(1.1 * WHISPER_SAMPLE_RATE);

interface JobOutcome {
  durationSec: number;
  language: string;
  segments: Segment[];
}

/** One transcription: decode → windows → whisper per channel or mixed → segments. Sequential, so reading pauses while whisper works. */
export class WhisperJob {
  private readonly controller = new AbortController();
  private readonly powers = new FramePowerLog(2);
  private readonly diarizer: MonoDiarizer;
  private readonly placed: { segment: PlacedSegment; channel: number }[] = [];
  private layout: ChannelLayout | null = null;
  private session: WhisperSession | null = null;
  private dir = '';

  constructor(private readonly options: Omit<WhisperTranscriberOptions, 'engine'>, private readonly engine: WhisperEngine, signal?: AbortSignal) {
    const abort = () => this.controller.abort(abortReason(signal!));
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    this.diarizer = new MonoDiarizer({ maxSpeakers: options.maxSpeakers, minSilhouette: options.minSilhouette, minClusterSec: 0.5 }, WHISPER_SAMPLE_RATE);
  }

  async run(input: TranscriptionInput): Promise<JobOutcome> {
    try {
      this.throwIfAborted();
      this.session = await this.engine.open(this.options.modelPath, this.controller.signal);
      const durationSec = await this.readAndTranscribe(input);
      return { durationSec, language: this.language(), segments: this.segments() };
    } catch (error) {
      const reason = this.controller.signal.aborted ? abortReason(this.controller.signal) : error;
      this.controller.abort(reason);
      throw reason;
    } finally {
      await this.session?.close().catch(() => undefined);
      if (this.dir) await rm(this.dir, { recursive: true, force: true });
    }
  }

  private async readAndTranscribe(input: TranscriptionInput): Promise<number> {
    const spoolPath = async () => {
      this.dir = await makeJobFolder(this.options.tempDir, 'whisper');
      return path.join(this.dir, 'input');
    };
    const options = { ...this.options, sampleRate: WHISPER_SAMPLE_RATE, controller: this.controller, spoolPath, powerLog: this.powers };
    const { durationSec, layout } = await decodeInWindows(input, options, (window, powers, decided) => {
      this.layout = decided;
      return this.dispatch(window, powers);
    });
    this.layout = layout;
    return durationSec;
  }

  private async dispatch(window: PcmWindow, powers: Float32Array[]): Promise<void> {
    const [left, right] = window.channels;
    if (this.layout === 'stereo') {
      for (const channel of [0, 1]) {
        if (peakLevelDb(powers[channel]) < SILENT_WINDOW_DB) continue;
        const own = window.channels[channel];
        const samples = muteBleed(own, powers[channel], powers[1 - channel], this.options.gateDb);
        await this.recognize(samples, window.startSample, channel);
      }
      return;
    }
    const mono = mixDown(left, right);
    const monoPowers = framePowers(mono);
    this.diarizer.addWindow(mono, window.startSample, monoPowers);
    if (peakLevelDb(monoPowers) < SILENT_WINDOW_DB) return;
    await this.recognize(mono, window.startSample, 0);
  }

  private async recognize(samples: Int16Array, startSample: number, channel: number): Promise<void> {
    const pcm = new Float32Array(Math.max(samples.length, MIN_WHISPER_SAMPLES));
    for (let i = 0; i < samples.length; i++) pcm[i] = samples[i] / 32768;
    const offsetSec = startSample / WHISPER_SAMPLE_RATE;
    const durationSec = samples.length / WHISPER_SAMPLE_RATE;
    const raw = await this.session!.transcribe(pcm, this.params());
    this.throwIfAborted();
    const where = `on ${offsetSec.toFixed(1)}–${(offsetSec + durationSec).toFixed(1)} s${this.layout === 'stereo' ? ` of channel ${channel}` : ''}`;
    for (const segment of placeWindowSegments(unwrapNativeResult(raw, where), { offsetSec, durationSec })) {
      this.placed.push({ segment, channel });
    }
  }

  private params(): WhisperParams {
    return {
      language: this.options.language,
      n_threads: this.options.threads,
      format: 'detail',
      token_timestamps: true,
      no_context: true,
      suppress_non_speech_tokens: true,
      print_progress: false,
      print_realtime: false,
      print_timestamps: false,
      ...this.options.whisperParams,
    };
  }

  private segments(): Segment[] {
    if (this.layout === 'stereo') {
      const byWord = new Map<ChannelWord, PlacedSegment>();
      const candidates = this.placed.map(({ segment, channel }) => {
        const word: ChannelWord = { word: segment.text.toLowerCase(), start: segment.start, end: segment.end, confidence: segment.confidence ?? 0, channel };
        byWord.set(word, segment);
        return word;
      });
      const kept = gateChannelWords(candidates, this.powers, 2, this.options.gateDb);
      const channelOf = new Map(kept.map((word) => [byWord.get(word)!, word.channel]));
      return toTranscriptSegments([...channelOf.keys()], (_word, segment) => `channel_${channelOf.get(segment)}`);
    }
    const segments = this.placed.map((p) => p.segment);
    const words = segments.flatMap((s) => s.words);
    const attributed = this.diarizer.attribute(words);
    const speakerOf = new Map<RecognizedWord, string>(words.map((word, i) => [word, attributed[i].speaker]));
    return toTranscriptSegments(segments, (word) => speakerOf.get(word) ?? 'speaker_0');
  }

  private language(): string {
    if (this.options.language !== 'auto') return this.options.language;
    const counts = new Map<string, number>();
    for (const { segment } of this.placed) if (segment.lang) counts.set(segment.lang, (counts.get(segment.lang) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  }

  private throwIfAborted(): void {
    if (this.controller.signal.aborted) throw abortReason(this.controller.signal);
  }
}


// ---------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------
