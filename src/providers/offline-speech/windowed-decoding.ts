import type { Readable } from 'node:stream';
import type { TranscriptionInput } from '../transcriber';
import { abortReason } from './child-process';
import { FRAME_SAMPLES } from './energy';
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
}

/**
 * Streams any accepted container through ffmpeg as 16-bit stereo PCM and hands it on in windows,
 * one at a time: `accept` is awaited before more is read, so memory stays bounded whatever the
 * recording's length. Returns the decoded duration in seconds. On any failure the job's
 * controller is aborted (which stops ffmpeg) and ffmpeg has exited before this rejects.
 */
export async function decodeInWindows(input: TranscriptionInput, options: WindowedDecodingOptions, accept: (window: PcmWindow) => Promise<void>): Promise<number> {
  const { controller, sampleRate } = options;
  const decoding = await startDecoding(await input.open(), options);
  const toFrameSamples = (seconds: number) => Math.round((seconds * sampleRate) / FRAME_SAMPLES) * FRAME_SAMPLES;
  const windower = new PcmWindower({ channelCount: 2, minSamples: toFrameSamples(options.minWindowSec), maxSamples: toFrameSamples(options.maxWindowSec) });
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
  return windower.samplesEmitted / sampleRate;
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
