/** One word the recognizer heard, with absolute times in seconds and a 0..1 confidence. */
export interface RecognizedWord {
  word: string;
  start: number;
  end: number;
  confidence: number;
}

/** A recognized word attributed to a speaker id ("channel_0", "speaker_1"). */
export interface SpeakerWord extends RecognizedWord {
  speaker: string;
}
