import type { AuthFailure } from './authenticator';
import type { RevocationBus } from './revocation-bus';

/** What a live connection must offer to be ended: graphql-ws's `ws` socket does. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/** Close code of a socket whose key stopped authenticating; the reason tells why. */
export const KEY_CLOSE_CODE = 4401;
/** Close reasons by failure (README "Security" lists them). */
export const KEY_CLOSE_REASONS: Record<AuthFailure, string> = {
  missing: 'UNAUTHENTICATED: connectionParams must carry a valid x-api-key',
  invalid: 'UNAUTHENTICATED: connectionParams must carry a valid x-api-key',
  revoked: 'API key revoked',
  expired: 'API key expired',
};

interface Tracked {
  socket: ClosableSocket;
  recheck: () => Promise<AuthFailure | null>;
  timer?: NodeJS.Timeout;
}

// setTimeout cannot wait longer than 2^31-1 ms (~24.8 days): longer waits are re-armed.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Every open graphql-ws socket by the key it authenticated with. A revocation from any replica
 * closes the key's sockets here at once (ending their subscriptions); an expiring key's sockets
 * close at its expiresAt; after the bus was down, every socket's key is checked again.
 */
export class KeySockets {
  private readonly byKey = new Map<string, Set<Tracked>>();

  constructor(bus: RevocationBus) {
    bus.on('revoked', ({ keyIds, reason }) => keyIds.forEach((keyId) => this.closeKey(keyId, reason)));
    bus.on('resync', () => void this.recheckAll());
  }

  /** Tracks a socket until `untrack` is called (on close); `recheck` re-authenticates its key. */
  track(keyId: string, expiresAt: Date | null, socket: ClosableSocket, recheck: () => Promise<AuthFailure | null>): () => void {
    const tracked: Tracked = { socket, recheck };
    let set = this.byKey.get(keyId);
    if (!set) this.byKey.set(keyId, (set = new Set()));
    set.add(tracked);
    if (expiresAt) this.armExpiry(tracked, expiresAt.getTime());
    return () => {
      clearTimeout(tracked.timer);
      set.delete(tracked);
      if (set.size === 0 && this.byKey.get(keyId) === set) this.byKey.delete(keyId);
    };
  }

  /** Closes every socket of `keyId` with the reason; returns how many were open. */
  closeKey(keyId: string, reason: AuthFailure): number {
    const set = this.byKey.get(keyId);
    if (!set) return 0;
    this.byKey.delete(keyId);
    for (const tracked of set) this.end(tracked, reason);
    return set.size;
  }

  /** Number of tracked sockets (for tests and metrics). */
  get size(): number {
    let count = 0;
    for (const set of this.byKey.values()) count += set.size;
    return count;
  }

  private armExpiry(tracked: Tracked, expiresAtMs: number): void {
    const wait = expiresAtMs - Date.now();
    if (wait <= 0) return this.end(tracked, 'expired');
    tracked.timer = setTimeout(() => this.armExpiry(tracked, expiresAtMs), Math.min(wait, MAX_TIMER_MS));
    tracked.timer.unref();
  }

  private end(tracked: Tracked, reason: AuthFailure): void {
    clearTimeout(tracked.timer);
    tracked.socket.close(KEY_CLOSE_CODE, KEY_CLOSE_REASONS[reason]);
  }

  private async recheckAll(): Promise<void> {
    const all = [...this.byKey.values()].flatMap((set) => [...set]);
    await Promise.all(
      all.map(async (tracked) => {
        const failure = await tracked.recheck().catch(() => null);
        if (failure) this.end(tracked, failure);
      }),
    );
  }
}
