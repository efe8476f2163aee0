// A second client of the kiosk's WebSocket API, beside the page: the wall time each screen state
// arrives from the kiosk, to split serial byte → screen into the kiosk's part and the page's.
import WebSocket from 'ws';
import { wallNow } from './kiosk-rig.js';

export interface StateTap {
  /** Screen changes as this client received them (wall-clock ms). */
  seen: Array<{ screen: string; at: number }>;
  close(): void;
}

export function tapStates(kioskUrl: string): Promise<StateTap> {
  const url = new URL(kioskUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token');
  if (!token) throw new Error('bench: no token in the kiosk URL');
  const ws = new WebSocket(`ws://127.0.0.1:${url.port}/api?token=${token}`);
  const seen: StateTap['seen'] = [];
  ws.on('message', (data) => {
    const at = wallNow();
    const message = JSON.parse(String(data)) as { event?: string; payload?: { screen?: string } };
    const screen = message.event === 'state' ? message.payload?.screen : undefined;
    if (screen !== undefined && screen !== seen.at(-1)?.screen) seen.push({ screen, at });
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ seen, close: () => ws.close() }));
    ws.once('error', reject);
  });
}
