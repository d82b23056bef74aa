import type { Request, Response } from 'express';
import { mayExportAudit } from '../auth/policy';
import type { AuditEvent } from '../db/prisma';
import { AppError, isAppError } from '../errors';
import { isId } from '../ids';
import { type Logger, safeError } from '../logger';
import { factsOf } from '../graphql/request-context';
import type { AuditQueryService } from './audit-query.service';
import type { DeniedAccessRecorder } from './denied-access';

/** One exported event: ids, verbs and times only (the audit trail never holds PHI text). */
function toLine(event: AuditEvent): string {
  return `${JSON.stringify({
    id: event.id,
    at: event.at.toISOString(),
    organizationId: event.organizationId,
    actorType: event.actorType,
    actorUserId: event.actorUserId,
    actorJob: event.actorJob,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    patientId: event.patientId,
    requestId: event.requestId,
  })}\n`;
}

function sendError(res: Response, status: number, error: AppError): void {
  res.status(status).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
}

function dateParam(value: unknown, field: string): Date | null {
  if (value === undefined) return null;
  const date = new Date(String(value));
  if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw AppError.badInput(`${field} must be an ISO 8601 date-time`, { field });
  return date;
}

/**
 * `GET /audit/export?format=jsonl[&patientId=…][&from=…][&to=…]` with an admin's `x-api-key`: the
 * organization's audit trail as JSON lines, oldest first, streamed (any size, bounded memory).
 * The export is itself an audit event.
 */
export function auditExportHandler(app: { deniedAccess: Pick<DeniedAccessRecorder, 'record'>; log: Logger }, auditQuery: AuditQueryService) {
  return async (req: Request, res: Response): Promise<void> => {
    const facts = factsOf(req);
    if (!facts.principal) return sendError(res, 401, AppError.unauthenticated());
    const caller = { principal: facts.principal, requestId: facts.requestId, ipAddress: facts.ipAddress, userAgent: facts.userAgent };
    if (!mayExportAudit(caller.principal)) {
      await app.deniedAccess.record(caller, 'FORBIDDEN', 'auditExport', typeof req.query.patientId === 'string' ? [req.query.patientId].filter(isId) : []);
      return sendError(res, 403, AppError.forbidden('Only an admin can export the audit trail'));
    }
    let events: AsyncGenerator<AuditEvent>;
    let first: IteratorResult<AuditEvent>;
    try {
      const format = req.query.format ?? 'jsonl';
      if (format !== 'jsonl') throw AppError.badInput('format must be jsonl', { field: 'format' });
      const patientId = req.query.patientId;
      if (patientId !== undefined && typeof patientId !== 'string') throw AppError.badInput('patientId must be one id', { field: 'patientId' });
      events = auditQuery.export(caller, { patientId: patientId ?? null, from: dateParam(req.query.from, 'from'), to: dateParam(req.query.to, 'to') });
      first = await events.next();
    } catch (error) {
      if (isAppError(error)) return sendError(res, error.code === 'BAD_USER_INPUT' ? 400 : 403, error);
      app.log.error({ err: safeError(error), requestId: facts.requestId }, 'audit export failed');
      return sendError(res, 500, new AppError('INTERNAL', 'Internal error'));
    }
    res.status(200).setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="audit-events.jsonl"');
    try {
      for (let next = first; !next.done; next = await events.next()) {
        if (!res.write(toLine(next.value))) await new Promise((resolve) => res.once('drain', resolve));
        if (res.destroyed) break;
      }
      res.end();
    } catch (error) {
      // Headers are sent: cut the stream so the client sees an incomplete download, never a silent truncation.
      app.log.error({ err: safeError(error), requestId: facts.requestId }, 'audit export interrupted');
      await events.return(undefined);
      res.destroy();
    }
  };
}
