import { runProcess } from './child-process';
import { parsePocketsphinxOutput } from './pocketsphinx-output';
import type { RecognizedWord } from './recognized-word';

/** How pocketsphinx_continuous is invoked. */
export interface PocketsphinxOptions {
  /** The executable (a path, or a name on PATH). */
  binary: string;
  /** Search arguments (model paths, beams), after the fixed input and output ones. */
  extraArgs: readonly string[];
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Recognizes one 16 kHz mono 16-bit WAV file and returns its words, times shifted by `offsetSec`.
 * `-logfn /dev/null` silences the engine's log; a crash or a non-zero exit rejects.
 */
export async function recognizeFile(file: string, offsetSec: number, options: PocketsphinxOptions): Promise<RecognizedWord[]> {
  const args = ['-infile', file, '-time', 'yes', '-logfn', '/dev/null', ...options.extraArgs];
  const { stdout } = await runProcess(options.binary, args, { timeoutMs: options.timeoutMs, signal: options.signal });
  return parsePocketsphinxOutput(stdout, offsetSec);
}
