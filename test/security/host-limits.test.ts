// The host's limits on a real kiosk (`kiosk start`, a child process): at most MAX_CLIENTS API
// clients, and a client that stops reading is closed once its unread replies pass
// MAX_QUEUED_BYTES, so neither a crowd of sockets nor a stalled one can exhaust the kiosk.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CLIENTS } from '../../electron/host/server.js';
import { tempDir } from '../support/paths.js';
import { openClient, unlock, upgradeStatus, type ApiClient } from './support/api-client.js';
import { startCliKiosk, stopAllKiosks } from '../support/cli-kiosk.js';

afterAll(stopAllKiosks);

const PIN = '731904';
/** A year by hour: 8760 rows, about 270 kB of CSV per reply, from a few-hundred-byte request. */
const YEAR_BY_HOUR = { from: '2025-01-01', to: '2025-12-31', by: 'hour', suppressBelow: null };
const EXPORTS_PER_ROUND = 8;
/**
 * Rounds before giving up: 40 × 8 × 270 kB ≈ 86 MB, far beyond what the kernel can hold for the
 * stalled socket (tcp_rmem's and tcp_wmem's maxima, 32 + 4 MB on Debian) plus MAX_QUEUED_BYTES.
 */
const MAX_ROUNDS = 40;

describe('host limits (real kiosk)', () => {
  it(`caps API clients at ${MAX_CLIENTS}, and frees the place of a client that stops reading`, async () => {
    const kiosk = await startCliKiosk('start', [
      '--db',
      join(tempDir('kiosk-security-'), 'k.sqlite'),
    ]);
    const clients: ApiClient[] = await Promise.all(
      Array.from({ length: MAX_CLIENTS }, () => openClient(kiosk.wsUrl)),
    );
    expect(await upgradeStatus(kiosk.wsUrl)).toBe(503);

    const [stuck, helper] = clients as [ApiClient, ApiClient];
    expect(await helper.call('staffSetPin', { pin: PIN })).toMatchObject({ ok: true });
    stuck.pauseReading();
    // Rounds of exports on the stalled connection, each ending by locking the round's session:
    // once the helper sees that session locked, the kiosk has handled the whole round. Then a
    // new client is tried: it gets in only once the kiosk has closed the stalled one.
    let freed = false;
    let id = 1;
    for (let round = 0; round < MAX_ROUNDS && !freed; round++) {
      const session = await unlock(helper, PIN);
      const frame = (call: string, args: object): string =>
        JSON.stringify({ id: id++, call, args: { session, ...args } });
      stuck.together(() => {
        for (let i = 0; i < EXPORTS_PER_ROUND; i++) {
          stuck.sendRaw(frame('exportCounts', { query: YEAR_BY_HOUR }));
        }
        stuck.sendRaw(frame('staffLock', {}));
      });
      for (;;) {
        freed = (await upgradeStatus(kiosk.wsUrl)) === 101;
        if (freed) break;
        const alive = await helper.call('staffKeepAlive', { session });
        if (!alive.ok) break; // the round is handled: the stalled client is still there
      }
    }
    expect(freed, 'a place is freed once the stalled client has too much unread').toBe(true);
    // It was the stalled client that went: everyone who reads is still connected.
    for (const c of clients.slice(1)) expect(c.ws.readyState).toBe(c.ws.OPEN);
    stuck.resumeReading();
    expect(await stuck.closed).toBe(1006);
    expect(await helper.call('getSnapshot', {})).toMatchObject({ ok: true });
  }, 120_000);
});
