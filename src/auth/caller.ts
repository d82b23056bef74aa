import type { Principal } from './principal';

/** The principal plus what the request tells about it, passed to every service call. */
export interface Caller {
  readonly principal: Principal;
  readonly requestId: string;
  readonly ipAddress?: string;
  readonly userAgent?: string;
}
