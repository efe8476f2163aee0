// Guessing the staff PIN over the real WebSocket of a real kiosk (`kiosk start --db`, a child
// process): the lockout (5 wrong tries, then 30 s, doubling) must hold however the guesses are
// spread — between HR unlocks, over many connections, in one burst, across a restart — and the
// PIN checks must not stall the kiosk for everyone else while they run.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TRIES_BEFORE_LOCKOUT } from '../../electron/core/staff/lockout.js';
import { tempDir } from '../support/paths.js';
import { openClient, tryPin, unlock, type ApiClient } from './support/api-client.js';
import { startCliKiosk, stopAllKiosks, type CliKiosk } from '../support/cli-kiosk.js';

const STAFF_PIN = '482913';
const HR_PIN = '7391';
/** Wrong guesses: all differ from both PINs. */
const wrong = (i: number): string => String(100000 + i);
const LOCKED_30S = { status: 'locked-out', retryInSeconds: 30 };

afterEach(stopAllKiosks);

function newDb(): string {
  return join(tempDir('kiosk-security-'), 'counts.sqlite');
}

/** A real kiosk on `db` whose staff PIN (and, if asked, HR PIN) is set through the API, as staff
 * do. Without an HR PIN each guess costs one scrypt, not two: the tests that do not need HR run
 * faster. */
async function kioskWithPins(
  db: string,
  withHr = false,
): Promise<{ kiosk: CliKiosk; client: ApiClient }> {
  const kiosk = await startCliKiosk('start', ['--db', db]);
  const client = await openClient(kiosk.wsUrl);
  const first = await client.call('staffSetPin', { pin: STAFF_PIN });
  if (!first.ok || first.value.status !== 'unlocked') throw new Error(JSON.stringify(first));
  const session = first.value.session;
  if (withHr) {
    expect(await client.call('setHrPin', { session, pin: HR_PIN })).toEqual({
      ok: true,
      value: {},
    });
  }
  expect(await client.call('staffLock', { session })).toEqual({ ok: true, value: {} });
  return { kiosk, client };
}

describe('staff PIN guessing (real kiosk over its WebSocket)', () => {
  it('HR-assisted: correct HR unlocks between wrong guesses do not reset the staff lockout', async () => {
    const { client } = await kioskWithPins(newDb(), true);
    // Whoever knows the HR PIN alternates it with staff guesses: HR's success clears HR's own
    // count only, so the staff PIN still locks after its 5th wrong guess.
    for (let i = 1; i < TRIES_BEFORE_LOCKOUT; i++) {
      expect(await tryPin(client, wrong(i))).toEqual({
        status: 'wrong-pin',
        triesLeft: TRIES_BEFORE_LOCKOUT - i,
      });
      expect(await tryPin(client, HR_PIN)).toMatchObject({ status: 'unlocked', role: 'hr' });
    }
    expect(await tryPin(client, wrong(TRIES_BEFORE_LOCKOUT))).toEqual(LOCKED_30S);
    // Locked: the right staff PIN is not even checked.
    expect(await tryPin(client, STAFF_PIN)).toMatchObject({ status: 'locked-out' });
    // HR keeps its own door, and it opens nothing beyond the export.
    const hr = await unlock(client, HR_PIN);
    expect(await client.call('getStaffStatus', { session: hr })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('guesses spread over many connections share one lockout', async () => {
    const { kiosk } = await kioskWithPins(newDb());
    // One guess per connection, each connection closed before the next opens.
    for (let i = 1; i <= TRIES_BEFORE_LOCKOUT; i++) {
      const c = await openClient(kiosk.wsUrl);
      const expected =
        i < TRIES_BEFORE_LOCKOUT
          ? { status: 'wrong-pin', triesLeft: TRIES_BEFORE_LOCKOUT - i }
          : LOCKED_30S;
      expect(await tryPin(c, wrong(i))).toEqual(expected);
      await c.close();
    }
    const fresh = await openClient(kiosk.wsUrl);
    expect(await tryPin(fresh, STAFF_PIN)).toMatchObject({ status: 'locked-out' });
  });

  it('guesses sent at once, on many connections or in one burst, cannot outrun the lockout', async () => {
    const { kiosk } = await kioskWithPins(newDb());
    // Ten connections guess at the same moment: one count, four wrong-pin answers in all.
    const clients = await Promise.all(Array.from({ length: 10 }, () => openClient(kiosk.wsUrl)));
    const answers = await Promise.all(clients.map((c, i) => tryPin(c, wrong(i))));
    const triesLeft = answers.flatMap((a) => (a.status === 'wrong-pin' ? [a.triesLeft] : []));
    expect(triesLeft.sort()).toEqual([1, 2, 3, 4]);
    expect(answers.filter((a) => a.status === 'locked-out')).toHaveLength(6);

    // A burst on one connection with the right PIN last, sent before any answer came back:
    // were the lockout checked before earlier guesses were counted, the right PIN would open.
    const again = await kioskWithPins(newDb());
    const [burst, right] = again.client.together(() => [
      [1, 2, 3, 4, 5].map((i) => tryPin(again.client, wrong(i))),
      tryPin(again.client, STAFF_PIN),
    ]);
    expect((await Promise.all(burst)).map((a) => a.status)).toEqual([
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'locked-out',
    ]);
    expect(await right).toMatchObject({ status: 'locked-out' });
  });

  it('a restart forgives nothing: counts and lockouts survive stopping the kiosk', async () => {
    const db = newDb();
    const first = await kioskWithPins(db);
    for (let i = 1; i < TRIES_BEFORE_LOCKOUT; i++) await tryPin(first.client, wrong(i));
    await first.kiosk.stop();

    // The 5th wrong guess after a restart still locks (the four before it were remembered).
    const second = await startCliKiosk('start', ['--db', db]);
    const c2 = await openClient(second.wsUrl);
    expect(await tryPin(c2, wrong(TRIES_BEFORE_LOCKOUT))).toEqual(LOCKED_30S);
    await second.stop();

    // And the lockout itself outlives a restart, with its remaining time.
    const third = await startCliKiosk('start', ['--db', db]);
    const c3 = await openClient(third.wsUrl);
    const answer = await tryPin(c3, STAFF_PIN);
    expect(answer.status).toBe('locked-out');
    const retry = answer.status === 'locked-out' ? answer.retryInSeconds : 0;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(30);
  });

  it('while a burst of PINs is being checked, other connections are still answered', async () => {
    const { kiosk, client } = await kioskWithPins(newDb());
    // 15 attempts (4 wrong, then the right PIN, over and over: never locked out, so every one
    // runs scrypt) sent in one write. The checks run off the main loop: between them the kiosk
    // answers another connection's calls. Were scrypt run on the main loop, the whole chain of
    // checks would run in one go before the other connection's first call was even read.
    const pins = Array.from({ length: 15 }, (_, i) => (i % 5 === 4 ? STAFF_PIN : wrong(i)));
    let burstDone = false;
    const burst = Promise.all(
      client.together(() => pins.map((pin) => tryPin(client, pin))),
    ).finally(() => (burstDone = true));
    const other = await openClient(kiosk.wsUrl);
    let answeredDuringBurst = 0;
    while (!burstDone) {
      const snapshot = await other.call('getSnapshot', {});
      expect(snapshot.ok).toBe(true);
      if (!burstDone) answeredDuringBurst++;
    }
    const answers = await burst;
    expect(answers.map((a) => a.status)).toEqual(
      pins.map((pin) => (pin === STAFF_PIN ? 'unlocked' : 'wrong-pin')),
    );
    expect(answeredDuringBurst).toBeGreaterThanOrEqual(3);
  });
});
