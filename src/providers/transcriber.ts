import type { Readable } from 'node:stream';
import type { Segment } from '../transcripts/segment';

/** The audio handed to a transcriber: a stream from storage plus what is known about it. */
export interface TranscriptionInput {
  /** A fresh stream of the recording's bytes (read once). */
  open(): Promise<Readable>;
  /** Media type detected at upload, e.g. audio/wav. */
  mimeType: string;
  sizeBytes: number;
  /** A short-lived URL the provider may fetch instead of receiving the bytes (optional). */
  presignedUrl?: () => Promise<string>;
}

/** What every transcriber returns. Speakers are ids ("speaker_0", "channel_1"); roles are assigned later. */
export interface TranscriptionResult {
  provider: string;
  model: string;
  language: string;
  durationSec: number;
  segments: Segment[];
}

/** Speech to diarized, timestamped text. Implementations: Deepgram, offline (pocketsphinx), whisper.cpp. */
export interface Transcriber {
  /** Provider and model, e.g. "deepgram:nova-3-medical", shown by /health. */
  readonly name: string;
  transcribe(input: TranscriptionInput, signal?: AbortSignal): Promise<TranscriptionResult>;
}

/** A failure that retrying cannot fix (malformed provider reply, undecodable audio): the job fails at once. */
export class PermanentTranscriptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentTranscriptionError';
  }
}
