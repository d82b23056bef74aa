import { AppError, isAppError } from '../errors';
import { tooLarge } from '../storage/upload-guard';

/** Messages of busboy and graphql-upload-minimal that mean the client sent broken multipart framing. */
export const MALFORMED_MULTIPART = /Unexpected end of (form|multipart)|Boundary not found|Malformed part header|couldn't find any files or JSON|Missing multipart field/i;

/** Turns what can go wrong while receiving and storing a file into a public error. */
export function toUploadError(error: unknown, maxBytes: number): Error {
  if (isAppError(error)) return error;
  const status = (error as { status?: number }).status;
  if (status === 413) return tooLarge(maxBytes);
  if (status === 499 || (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return AppError.badInput('The upload was interrupted before the file was complete', { field: 'file' });
  }
  if (status === 400 || MALFORMED_MULTIPART.test((error as Error)?.message ?? '')) return AppError.badInput('The multipart request is malformed', { field: 'file' });
  return new AppError('SERVICE_UNAVAILABLE', 'The recording could not be stored; please try again');
}
