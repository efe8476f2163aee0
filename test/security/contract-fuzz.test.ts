// A bounded, seeded fuzz of the kiosk API over the real WebSocket of a demo kiosk (a child
// process): a few thousand frames — calls known and unknown, arguments from plausible to garbage,
// random and near-miss sessions, frames that are no call at all. Every answer must be a
// well-formed result or error value, nothing may succeed without the session it needs, and the
// connection and the kiosk must come through it still screening people.
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ERROR_CODES, calls, events, type CallName } from '../../electron/contract/api.js';
import { tempDir } from '../support/paths.js';
import { openClient, unlock } from './support/api-client.js';
import { startCliKiosk, stopAllKiosks, type CliKiosk } from '../support/cli-kiosk.js';
import { frameArbitrary, type Frame } from './support/fuzz-frames.js';

const SEED = 20261113;
/** Batches of 10 to 20 frames: about 3,000 frames in all. */
const RUNS = 200;
const DEMO_PIN = '0000';
const DEMO_HR_PIN = '1111';
/** The host's MAX_MESSAGE_BYTES. */
const MAX_FRAME_BYTES = 16 * 1024;

/**
 * Calls anyone may make. staffLock ends the session it is given (a logout): for an unknown one
 * there is nothing to end, so it may succeed. Every other call needs a session.
 */
const OPEN_CALLS = new Set(['getSnapshot', 'staffUnlock', 'staffSetPin', 'staffLock']);
/** What an HR session may do (the counts, second checks and conditions record and their exports,
 * keeping itself alive): read from the contract, so a new HR call cannot be missed here. */
const HR_CALLS = new Set([
  'staffKeepAlive',
  ...Object.entries(calls)
    .filter(([, rule]) => rule.access === 'staff-or-hr')
    .map(([name]) => name),
]);

const ErrorValue = z.strictObject({ code: z.enum(API_ERROR_CODES), message: z.string() });
const Envelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ErrorValue }),
]);
const NOT_A_CALL = { ok: false, error: { code: 'invalid-request', message: expect.any(String) } };

let kiosk: CliKiosk;
beforeAll(async () => {
  kiosk = await startCliKiosk('demo', [
    '--db',
    join(tempDir('kiosk-security-'), 'demo.sqlite'),
    // Three times the demo's frame rate: people walk past sooner, so the last check is quick.
    '--rate',
    '24',
  ]);
});
afterAll(stopAllKiosks);

/** The reply to one call frame is a result or an error value, and a success is one allowed. */
function checkReply(frame: Extract<Frame, { kind: 'call' }>, reply: unknown, hr: string): void {
  const where = `${frame.name}(${JSON.stringify(frame.args)}) -> ${JSON.stringify(reply)}`;
  const envelope = Envelope.safeParse(reply);
  expect(envelope.success, where).toBe(true);
  const result = envelope.data!;
  if (!result.ok) {
    // A refusal says why; an 'internal' error is a handler that threw on input it let through.
    expect(result.error.code, where).not.toBe('internal');
    expect(result.error.message, where).not.toMatch(/\n\s+at /);
    return;
  }
  expect(Object.hasOwn(calls, frame.name), where).toBe(true);
  expect(calls[frame.name as CallName].result.safeParse(result.value).success, where).toBe(true);
  const session = (frame.args as { session?: unknown } | null)?.session;
  const allowed = OPEN_CALLS.has(frame.name) || (HR_CALLS.has(frame.name) && session === hr);
  expect(allowed, `succeeded without the session it needs: ${where}`).toBe(true);
}

/** Safety net only: a frame left unanswered fails with the batch that held it, not a bare
 * test timeout. */
function answered<T>(reply: Promise<T>, batch: Frame[]): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const frames = JSON.stringify(batch, (_k, v: unknown) =>
        v instanceof Uint8Array ? `<${v.length} binary bytes>` : v,
      );
      reject(new Error(`no answer within 20 s to a frame of this batch: ${frames}`));
    }, 20_000);
  });
  return Promise.race([reply, timeout]).finally(() => clearTimeout(timer));
}

describe('contract fuzz (real demo kiosk over its WebSocket)', () => {
  it('answers every frame with a well-formed value, lets nothing through without a session, and keeps screening', async () => {
    const client = await openClient(kiosk.wsUrl);
    // A real HR session, taken before the fuzz's wrong PINs lock the keypad: the fuzz uses it
    // (and near-misses of it) on every call, and it must open the counts and nothing else.
    const hr = await unlock(client, DEMO_HR_PIN);
    let rawFrames = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(frameArbitrary(hr, [DEMO_PIN, DEMO_HR_PIN]), { minLength: 10, maxLength: 20 }),
        async (batch) => {
          // All at once, so the kiosk also sees them pipelined, replies in any order.
          const replies = client.together(() =>
            batch.map((f) => {
              if (f.kind === 'call') return client.callRaw(f.name, f.args);
              client.sendRaw(f.data, f.binary);
              return null;
            }),
          );
          for (const [i, frame] of batch.entries()) {
            if (frame.kind === 'call') checkReply(frame, await answered(replies[i]!, batch), hr);
          }
          const raw = batch.filter((f) => f.kind === 'raw').length;
          rawFrames += raw;
          for (let i = 0; i < raw; i++) {
            expect(await answered(client.nextUnaddressed(), batch)).toEqual(NOT_A_CALL);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );

    // The connection and the kiosk came through; every frame that was no call got exactly one
    // answer; every event relayed meanwhile was well-formed.
    expect(client.ws.readyState).toBe(client.ws.OPEN);
    expect(kiosk.process.exitCode).toBeNull();
    const snapshot = await client.call('getSnapshot', {});
    expect(snapshot.ok).toBe(true);
    expect(client.unaddressedCount()).toBe(rawFrames);
    expect(client.strays).toEqual([]);
    for (const { event, payload } of client.events) {
      expect(Object.hasOwn(events, event), event).toBe(true);
      expect(events[event as keyof typeof events].safeParse(payload).success, event).toBe(true);
    }

    // And it still screens: the demo's next person gets a verdict, and today's count grows.
    const screened = snapshot.ok ? snapshot.value.today.screened : 0;
    await client.event('verdict', client.events.length);
    const after = await client.call('getSnapshot', {});
    expect(after.ok && after.value.today.screened).toBeGreaterThan(screened);
  }, 120_000);

  it('closes a connection over the frame limit or with broken UTF-8, and nothing else', async () => {
    const client = await openClient(kiosk.wsUrl);
    // Exactly at the limit: taken and answered (unknown top-level fields are ignored).
    const frameOf = (id: number, bytes: number): string => {
      const bare = JSON.stringify({ id, call: 'getSnapshot', args: {}, pad: '' });
      return bare.replace('"pad":""', `"pad":"${'x'.repeat(bytes - bare.length)}"`);
    };
    expect(Buffer.byteLength(frameOf(1_000_001, MAX_FRAME_BYTES))).toBe(MAX_FRAME_BYTES);
    const atLimit = client.waitReply(1_000_001);
    client.sendRaw(frameOf(1_000_001, MAX_FRAME_BYTES));
    expect(await atLimit).toMatchObject({ ok: true });
    // JSON nested thousands deep, within the limit: refused as a value, the connection stays.
    const depth = 7000;
    const deep = client.waitReply(1_000_002);
    client.sendRaw(
      `{"id":1000002,"call":"getCounts","args":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    );
    expect(await deep).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await client.call('getSnapshot', {})).toMatchObject({ ok: true });
    expect(client.ws.readyState).toBe(client.ws.OPEN);

    // One byte over: the connection is closed (1009, message too big), the frame not answered.
    const over = await openClient(kiosk.wsUrl);
    const overAnswered = over.waitReply(1_000_003).then(() => 'answered');
    over.sendRaw(frameOf(1_000_003, MAX_FRAME_BYTES + 1));
    expect(await Promise.race([over.closed, overAnswered])).toBe(1009);
    // A text frame that is not UTF-8: closed (1007), not passed on as text.
    const broken = await openClient(kiosk.wsUrl);
    const brokenAnswered = broken.nextUnaddressed().then(() => 'answered');
    broken.sendRaw(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await Promise.race([broken.closed, brokenAnswered])).toBe(1007);

    // The kiosk and the other connection carry on.
    expect(await client.call('getSnapshot', {})).toMatchObject({ ok: true });
    expect(kiosk.process.exitCode).toBeNull();
  });
});
