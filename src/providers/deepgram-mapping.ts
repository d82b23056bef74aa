import { z } from 'zod';
import type { Segment } from '../transcripts/segment';

const seconds = z.number().finite().nonnegative();

const WordSchema = z.object({
  word: z.string(),
  punctuated_word: z.string().optional(),
  start: seconds,
  end: seconds,
  confidence: z.number().finite().optional(),
  speaker: z.number().int().nonnegative().optional(),
});

const UtteranceSchema = z.object({
  start: seconds,
  end: seconds,
  transcript: z.string(),
  confidence: z.number().finite().optional(),
  channel: z.number().int().nonnegative().optional(),
  speaker: z.number().int().nonnegative().optional(),
});

/** The parts of Deepgram's prerecorded reply (`POST /v1/listen`) that a transcript is built from. */
export const DeepgramResponseSchema = z.object({
  metadata: z.object({
    request_id: z.string().optional(),
    duration: seconds,
    channels: z.number().int().positive().optional(),
    models: z.array(z.string()).optional(),
    model_info: z.record(z.string(), z.object({ name: z.string().optional() }).passthrough()).optional(),
  }),
  results: z.object({
    channels: z.array(
      z.object({
        alternatives: z.array(z.object({ transcript: z.string().optional(), words: z.array(WordSchema).optional() })).optional(),
        detected_language: z.string().optional(),
      }),
    ),
    utterances: z.array(UtteranceSchema).optional(),
  }),
});

/** A validated Deepgram reply. */
export type DeepgramResponse = z.infer<typeof DeepgramResponseSchema>;
type DeepgramWord = z.infer<typeof WordSchema>;

/**
 * Validates a reply body. On failure it names only the first offending field path, never a value,
 * because values are transcript text.
 */
export function parseDeepgramResponse(body: unknown): { ok: true; response: DeepgramResponse } | { ok: false; problem: string } {
  const parsed = DeepgramResponseSchema.safeParse(body);
  if (parsed.success) return { ok: true, response: parsed.data };
  const path = parsed.error.issues[0]?.path.join('.') || 'body';
  return { ok: false, problem: `unexpected shape at ${path}` };
}

/** How the recording was sent: one speaker per channel (multichannel) or one mixed channel to diarize. */
export interface SegmentMappingOptions {
  multichannel: boolean;
  /** A silence at least this long (seconds) starts a new segment when building from words. Default 1. */
  pauseSec?: number;
}

/**
 * Deepgram reply → segments in time order. Utterances are used when present; otherwise words
 * are grouped by speaker (or channel) and pauses. Speakers are `channel_<n>` in multichannel mode
 * and `speaker_<n>` (Deepgram's diarization label) otherwise; roles are assigned later.
 */
export function toSegments(response: DeepgramResponse, options: SegmentMappingOptions): Segment[] {
  const utterances = response.results.utterances ?? [];
  const segments =
    utterances.length > 0
      ? utterances.map((u) => ({
          speaker: speakerId(options.multichannel, u.channel, u.speaker),
          role: 'UNKNOWN' as const,
          start: u.start,
          end: u.end,
          text: u.transcript.trim(),
          ...(u.confidence === undefined ? {} : { confidence: u.confidence }),
        }))
      : response.results.channels.flatMap((channel, index) =>
          segmentsFromWords(channel.alternatives?.[0]?.words ?? [], index, options),
        );
  return segments.filter((s) => s.text.length > 0).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The model Deepgram reports having used (e.g. "medical-nova-3"), or `fallback` when it names none. */
export function reportedModel(response: DeepgramResponse, fallback: string): string {
  const { models, model_info: info } = response.metadata;
  const uuid = models?.[0];
  return (uuid && info?.[uuid]?.name) || fallback;
}

/** The language Deepgram detected on the first channel, when it reports one. */
export function detectedLanguage(response: DeepgramResponse): string | undefined {
  return response.results.channels[0]?.detected_language;
}

function speakerId(multichannel: boolean, channel: number | undefined, speaker: number | undefined): string {
  return multichannel ? `channel_${channel ?? 0}` : `speaker_${speaker ?? 0}`;
}

/** Consecutive words of one speaker (one channel in multichannel mode), split at speaker changes and long pauses. */
function segmentsFromWords(words: DeepgramWord[], channel: number, options: SegmentMappingOptions): Segment[] {
  const pauseSec = options.pauseSec ?? 1;
  const groups: DeepgramWord[][] = [];
  for (const word of words) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    const sameSpeaker = options.multichannel || previous?.speaker === word.speaker;
    const sameTurn = previous && sameSpeaker && word.start - previous.end < pauseSec;
    if (sameTurn) group.push(word);
    else groups.push([word]);
  }
  return groups.map((group) => {
    const confidences = group.map((w) => w.confidence).filter((c): c is number => c !== undefined);
    return {
      speaker: speakerId(options.multichannel, channel, group[0].speaker),
      role: 'UNKNOWN' as const,
      start: group[0].start,
      end: group[group.length - 1].end,
      text: group.map((w) => w.punctuated_word ?? w.word).join(' ').trim(),
      ...(confidences.length ? { confidence: confidences.reduce((a, b) => a + b, 0) / confidences.length } : {}),
    };
  });
}

/**
 * Channel count from the start of a RIFF/WAVE (or RF64) file: walks the chunks to `fmt `, whose
 * channel count sits 2 bytes in (byte 22 in the common 44-byte header). Undefined when `head`
 * is not WAV or ends before the `fmt ` chunk.
 */
export function readWavChannels(head: Buffer): number | undefined {
  if (head.length < 12) return undefined;
  const container = head.toString('ascii', 0, 4);
  if ((container !== 'RIFF' && container !== 'RF64') || head.toString('ascii', 8, 12) !== 'WAVE') return undefined;
  let offset = 12;
  while (offset + 8 <= head.length) {
    const id = head.toString('ascii', offset, offset + 4);
    const size = head.readUInt32LE(offset + 4);
    if (id === 'fmt ') return offset + 10 <= head.length ? head.readUInt16LE(offset + 10) : undefined;
    offset += 8 + size + (size % 2);
  }
  return undefined;
}
