/** Who is speaking in a transcript segment, as far as diarisation and role mapping could tell. */
export const SpeakerRole = { THERAPIST: 'THERAPIST', PATIENT: 'PATIENT', UNKNOWN: 'UNKNOWN' } as const;
export type SpeakerRole = (typeof SpeakerRole)[keyof typeof SpeakerRole];

/** One utterance of a transcript: a speaker's turn with its time range in seconds. */
export interface Segment {
  speaker: string;
  role: SpeakerRole;
  start: number;
  end: number;
  text: string;
  confidence?: number;
}
