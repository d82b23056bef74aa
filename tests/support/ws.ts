import WebSocket from 'ws';

/** Opens a graphql-transport-ws socket, sends connection_init, resolves with ack or the close. */
export function connectWs(url: string, connectionParams: Record<string, unknown>): Promise<{ acked: boolean; code?: number; reason?: string; socket: WebSocket }> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve({ acked: true, socket });
    });
    socket.once('close', (code, reason) => resolve({ acked: false, code, reason: String(reason), socket }));
    socket.once('error', reject);
  });
}
