const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const DRIVER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * True when a database error says the connection, not the query, failed (server restarting, a
 * connection terminated, pool exhausted): the request may be retried and the client told to try
 * again, rather than answered INTERNAL. Looks through Prisma's wrappers to the driver's cause.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; kind?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || NODE_CODES.has(e.code) || /^(57P0\d|08\w{3})$/.test(e.code))) return true;
    if (typeof e.originalCode === 'string' && /^(57P0\d|08\w{3})$/.test(e.originalCode)) return true;
    if (typeof e.kind === 'string' && DRIVER_KINDS.has(e.kind)) return true;
    if (current instanceof Error && /Connection terminated|terminating connection|Connection closed/i.test(current.message)) return true;
    current = e.cause;
  }
  return false;
}
