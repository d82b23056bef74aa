/** Who is speaking in a transcript segment, as far as diarisation and role mapping could tell. */
export type SpeakerRole = 'THERAPIST' | 'PATIENT' | 'UNKNOWN';

/** One utterance of a transcript: a speaker's turn with its time range in seconds. */
export interface Segment {
  speaker: string;
  role: SpeakerRole;
  start: number;
  end: number;
  text: string;
  confidence?: number;
}
