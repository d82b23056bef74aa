import type { Readable } from 'node:stream';
import type { TranscriptionInput } from '../../providers/transcriber';
import { ChannelLayoutDetector, type ChannelLayout } from './channel-layout';
import { abortReason } from './child-process';
import { FRAME_SAMPLES, framePowers, type FramePowerLog } from './energy';
import { decodeStream, needsSeekableInput, peekStream, spoolToFile, type Decoding } from './ffmpeg-decoder';
import { PcmWindower, type PcmWindow } from './windowing';

/** How a recording is decoded and cut for a local engine. */
export interface WindowedDecodingOptions {
  ffmpegPath: string;
  sampleRate: number;
  /** Windows are cut at the quietest moment between these lengths (seconds). */
  minWindowSec: number;
  maxWindowSec: number;
  /** The job's controller: aborting it stops ffmpeg; a failure here aborts it. */
  controller: AbortController;
  /** Where a container that must be read with seeks (MP4/MOV) is spooled first. */
  spoolPath: () => Promise<string>;
  /** Receives every window's frame powers, per channel, in order. */
  powerLog: FramePowerLog;
}

/** Takes one window with its frame powers per channel, once the recording's layout is known. */
export type WindowHandler = (window: PcmWindow, powers: Float32Array[], layout: ChannelLayout) => Promise<void>;

/** Windows held while the layout is undecided (a recording may start with silence). */
const MAX_UNDECIDED_WINDOWS = 3;

/**
 * Streams any accepted container through ffmpeg as 16-bit stereo PCM and hands it on in windows,
 * one at a time: `handle` is awaited before more is read, so memory stays bounded whatever the
 * recording's length. Windows are held (at most three) until the channel layout is known — two
 * channels with one voice each, or one voice (mono, or the same signal twice) — and then passed on
 * with it. Returns the decoded duration in seconds and the layout. On any failure the job's
 * controller is aborted (which stops ffmpeg) and ffmpeg has exited before this rejects.
 */
export async function decodeInWindows(input: TranscriptionInput, options: WindowedDecodingOptions, handle: WindowHandler): Promise<{ durationSec: number; layout: ChannelLayout }> {
  const { controller, sampleRate } = options;
  const router = new LayoutRouter(options.powerLog, handle);
  const decoding = await startDecoding(await input.open(), options);
  const toFrameSamples = (seconds: number) => Math.round((seconds * sampleRate) / FRAME_SAMPLES) * FRAME_SAMPLES;
  const windower = new PcmWindower({ channelCount: 2, minSamples: toFrameSamples(options.minWindowSec), maxSamples: toFrameSamples(options.maxWindowSec) });
  const accept = (window: PcmWindow) => {
    if (controller.signal.aborted) throw abortReason(controller.signal);
    return router.accept(window);
  };
  try {
    for await (const chunk of decoding.pcm as AsyncIterable<Buffer>) {
      for (const window of windower.push(chunk)) await accept(window);
    }
  } catch (error) {
    controller.abort(error); // stops ffmpeg, which would otherwise wait for us to read on
    await decoding.finished.catch(() => undefined);
    throw error;
  }
  await decoding.finished;
  if (controller.signal.aborted) throw abortReason(controller.signal);
  for (const window of windower.flush()) await accept(window);
  return { durationSec: windower.samplesEmitted / sampleRate, layout: await router.finish() };
}

/** Holds windows until the channel layout is decided, then passes each on with it. */
class LayoutRouter {
  private readonly detector = new ChannelLayoutDetector();
  private readonly undecided: { window: PcmWindow; powers: Float32Array[] }[] = [];
  private layout: ChannelLayout | null = null;

  constructor(
    private readonly powerLog: FramePowerLog,
    private readonly handle: WindowHandler,
  ) {}

  async accept(window: PcmWindow): Promise<void> {
    const [left, right] = window.channels;
    const powers = [framePowers(left), framePowers(right)];
    this.powerLog.append(powers);
    if (this.layout !== null) return this.handle(window, powers, this.layout);
    this.detector.observe(left, right, powers[0], powers[1]);
    this.undecided.push({ window, powers });
    await this.settle(false);
  }

  /** The layout, decided now if it was not yet (the recording has ended), with the held windows passed on. */
  async finish(): Promise<ChannelLayout> {
    await this.settle(true);
    return this.layout!;
  }

  /** Decides once confident, after MAX_UNDECIDED_WINDOWS windows, or when `force`d at the end. */
  private async settle(force: boolean): Promise<void> {
    if (this.layout !== null) return;
    if (!force && !this.detector.isConfident && this.undecided.length < MAX_UNDECIDED_WINDOWS) return;
    const layout = (this.layout = this.detector.decide());
    for (const { window, powers } of this.undecided.splice(0)) await this.handle(window, powers, layout);
  }
}

async function startDecoding(source: Readable, options: WindowedDecodingOptions): Promise<Decoding> {
  const decoderOptions = { binary: options.ffmpegPath, sampleRate: options.sampleRate, channelCount: 2, signal: options.controller.signal };
  source.on('error', () => undefined);
  const { head, stream } = await peekStream(source, 12);
  if (!needsSeekableInput(head)) return decodeStream(stream, decoderOptions);
  const file = await options.spoolPath();
  await spoolToFile(stream, file, options.controller.signal);
  return decodeStream(file, decoderOptions);
}
