import { fork } from 'node:child_process';
import net from 'node:net';
import { percentile } from './stats';

/**
 * The machine's floor for a fan-out, measured now: a plain Node process writing one small message
 * to each of `sockets` loopback TCP connections (read by another process, as the bench's
 * subscribers are), no WebSocket framing, no GraphQL. A fan-out can never cost less than this per
 * socket, so comparing it with the API's CPU per change separates the kernel's share from ours.
 */
export interface SocketFloor {
  /** CPU (user + system) of one round of writes, per 1 000 sockets: median of the rounds. */
  cpuMsPerThousand: number;
  /** Wall time of one round of writes, per 1 000 sockets: median of the rounds. */
  wallMsPerThousand: number;
}

const READER_VARIABLE = 'BENCH_SOCKET_FLOOR_READER';

export async function measureSocketFloor(sockets = 1_000, bytes = 160, rounds = 15): Promise<SocketFloor> {
  const accepted: net.Socket[] = [];
  let allAccepted!: () => void;
  const acceptedAll = new Promise<void>((resolve) => (allAccepted = resolve));
  const server = net.createServer((socket) => {
    socket.setNoDelay(true); // as ws does
    if (accepted.push(socket) === sockets) allAccepted();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const reader = fork(__filename, [String(port), String(sockets)], { execArgv: ['--import', 'tsx'], env: { ...process.env, [READER_VARIABLE]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    await new Promise<void>((resolve, reject) => {
      reader.once('message', () => resolve());
      reader.once('exit', (code) => reject(new Error(`socket floor reader exited (${code})`)));
    });
    await acceptedAll;
    const message = Buffer.alloc(bytes, 'x');
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let round = 0; round < rounds; round++) {
      await new Promise((resolve) => setTimeout(resolve, 20)); // the reader drains the previous round
      const cpuBefore = process.cpuUsage();
      const started = process.hrtime.bigint();
      for (const socket of accepted) socket.write(message);
      wall.push(Number(process.hrtime.bigint() - started) / 1e6);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
    const perThousand = (ms: number) => (ms * 1000) / sockets;
    return { cpuMsPerThousand: perThousand(percentile(cpu, 0.5)), wallMsPerThousand: perThousand(percentile(wall, 0.5)) };
  } finally {
    reader.kill();
    for (const socket of accepted) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Reader side: opens the connections, 100 at a time (a burst of thousands overflows the listen
 * backlog, and dropped SYNs are retried seconds later), and reads whatever arrives until killed.
 */
async function read(port: number, count: number): Promise<void> {
  process.once('disconnect', () => process.exit(0));
  let next = 0;
  const connectSome = async () => {
    while (next < count) {
      next++;
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', resolve);
        socket.on('data', () => undefined);
        socket.once('error', reject);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(100, count) }, connectSome));
  process.send?.('connected');
}

if (require.main === module && process.env[READER_VARIABLE]) {
  read(Number(process.argv[2]), Number(process.argv[3])).catch((error: unknown) => {
    console.error('[socket floor reader] failed:', error);
    process.exit(1);
  });
}
