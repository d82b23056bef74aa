/** A recognised audio or video container. */
export interface MediaType {
  mimeType: string;
  extension: string;
}

/** Bytes needed to recognise every supported container. */
export const SNIFF_BYTES = 64;

const ascii = (buf: Buffer, start: number, end: number) => buf.subarray(start, end).toString('latin1');

/** MP4 brands that mean audio only; other ftyp brands are treated as video/mp4. */
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);

/**
 * Recognises a recording from its first bytes (the client's mimetype is never trusted).
 * WAV, MP3, AAC (ADTS), FLAC, OGG (Opus/Vorbis), M4A/MP4/MOV/3GP, WebM/Matroska, AIFF, AMR.
 */
export function sniffMediaType(head: Buffer): MediaType | null {
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return { mimeType: 'audio/wav', extension: 'wav' };
  if (head.length >= 12 && ascii(head, 0, 4) === 'FORM' && ['AIFF', 'AIFC'].includes(ascii(head, 8, 12))) return { mimeType: 'audio/aiff', extension: 'aiff' };
  if (head.length >= 4 && ascii(head, 0, 4) === 'fLaC') return { mimeType: 'audio/flac', extension: 'flac' };
  if (head.length >= 4 && ascii(head, 0, 4) === 'OggS') return sniffOgg(head);
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') return sniffIsoMedia(ascii(head, 8, 12));
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return sniffEbml(head);
  if (head.length >= 6 && ascii(head, 0, 6) === '#!AMR\n') return { mimeType: 'audio/amr', extension: 'amr' };
  if (head.length >= 10 && ascii(head, 0, 3) === 'ID3' && head[3] <= 4) return { mimeType: 'audio/mpeg', extension: 'mp3' };
  return sniffMpegFrame(head);
}

function sniffOgg(head: Buffer): MediaType {
  const page = ascii(head, 0, Math.min(head.length, SNIFF_BYTES));
  if (page.includes('OpusHead')) return { mimeType: 'audio/ogg; codecs=opus', extension: 'opus' };
  if (page.includes('theora')) return { mimeType: 'video/ogg', extension: 'ogv' };
  return { mimeType: 'audio/ogg', extension: 'ogg' };
}

function sniffIsoMedia(brand: string): MediaType {
  if (AUDIO_MP4_BRANDS.has(brand)) return { mimeType: 'audio/mp4', extension: 'm4a' };
  if (brand === 'qt  ') return { mimeType: 'video/quicktime', extension: 'mov' };
  if (brand.startsWith('3g')) return { mimeType: 'video/3gpp', extension: '3gp' };
  return { mimeType: 'video/mp4', extension: 'mp4' };
}

function sniffEbml(head: Buffer): MediaType {
  const text = ascii(head, 0, Math.min(head.length, SNIFF_BYTES));
  if (text.includes('webm')) return { mimeType: 'video/webm', extension: 'webm' };
  return { mimeType: 'video/x-matroska', extension: 'mkv' };
}

/** MPEG audio frame sync (MP3 without ID3) or AAC in ADTS, checked for valid header fields. */
function sniffMpegFrame(head: Buffer): MediaType | null {
  if (head.length < 4 || head[0] !== 0xff || (head[1] & 0xe0) !== 0xe0) return null;
  const layer = (head[1] >> 1) & 0x03;
  const version = (head[1] >> 3) & 0x03;
  if (layer === 0 && (head[1] & 0xf6) === 0xf0) return { mimeType: 'audio/aac', extension: 'aac' };
  const bitrate = head[2] >> 4;
  const sampleRate = (head[2] >> 2) & 0x03;
  if (version === 1 || layer === 0 || bitrate === 0 || bitrate === 15 || sampleRate === 3) return null;
  return { mimeType: 'audio/mpeg', extension: 'mp3' };
}
