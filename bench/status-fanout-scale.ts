/**
 * Status fan-out at scale: 10 000 graphql-ws subscribers, each on its own socket, spread over two
 * API processes (replicas) and 10 sessions; every change moves all 10 sessions at once, through
 * Redis, as workers do. Goals: publish → client p95 at most 250 ms, no event lost, and each
 * subscriber gets its session's changes in order. Also reports API memory per idle subscriber.
 *
 *   npx tsx bench/status-fanout-scale.ts   (BENCH_SUBSCRIBERS=10000, BENCH_API_PROCESSES=2, BENCH_SESSIONS=10, BENCH_EVENTS=10, BENCH_CLIENT_PROCESSES=2)
 *
 * The clients run in BENCH_CLIENT_PROCESSES processes (5 000 sockets each by default) on the same
 * machine, so reading them competes with the API for the cores; see bench/status-fanout.ts for how
 * each latency is clocked.
 */
import { runAsMain } from './lib/main';
import { envNumber } from './lib/stats';
import { run as runFanOut } from './status-fanout';

const GOAL_P95_MS = 250;

export function run() {
  return runFanOut({
    subscribers: envNumber('BENCH_SUBSCRIBERS', 10_000),
    events: envNumber('BENCH_EVENTS', 10),
    processes: envNumber('BENCH_API_PROCESSES', 2),
    sessions: envNumber('BENCH_SESSIONS', 10),
    clientProcesses: envNumber('BENCH_CLIENT_PROCESSES', 2),
    goalP95Ms: GOAL_P95_MS,
  });
}

if (require.main === module) runAsMain('status-fanout-scale', () => run());
