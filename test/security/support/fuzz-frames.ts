// What the contract fuzz sends: calls (known names with their own argument keys, mostly
// plausible values, or garbage; unknown and tricky names), sessions random or near-misses of a
// real one, and raw frames that are no call at all.
import fc from 'fast-check';
import { calls } from '../../../electron/contract/api.js';
import { DEFAULT_SETTINGS } from '../../../electron/contract/settings.js';

export type Frame =
  | { kind: 'call'; name: string; args: unknown }
  | { kind: 'raw'; data: string | Uint8Array; binary: boolean };

/** Whether the host will take a text frame as a call (then it answers with the frame's id): a
 * JSON object with a non-negative integer id and a call name of at most 64 characters (args may
 * be left out). */
export function isRequest(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return false;
  const { id, call } = parsed as { id?: unknown; call?: unknown };
  return (
    Number.isSafeInteger(id) && (id as number) >= 0 && typeof call === 'string' && call.length <= 64
  );
}

/** Names that exist on every object, or near the real ones: a table lookup must not find them. */
const TRICKY_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'authorize',
  'getSnapshot ',
  'GetSnapshot',
  '',
];

/** Either a value the call would take or anything at all. */
const or = <T>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: valid }, ...others, fc.anything());

const date = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-29', '2026-13-01', '0000-00-00', '9999-12-31'),
  fc.string({ maxLength: 12 }),
);
const point = fc.record({
  setC: fc.double({ min: 20, max: 50, noNaN: true }),
  measuredC: fc.double({ min: 15, max: 55, noNaN: true }),
  uncertaintyC: fc.double({ min: 0, max: 1, noNaN: true }),
  frames: fc.integer({ min: 1, max: 100 }),
});

/** A call's argument keys, from its schema (every call takes a strict object). */
function keysOf(name: string): string[] {
  const schema = calls[name as keyof typeof calls].args as unknown as { shape: object };
  return Object.keys(schema.shape);
}

/** `hrSession`: a real HR session (it may read the counts, nothing else). `avoid`: PINs the
 * fuzz must not type (the demo's own: opening sessions would evict the HR session). */
export function frameArbitrary(hrSession: string, avoid: string[]): fc.Arbitrary<Frame> {
  const nearMiss = hrSession.slice(0, -1) + (hrSession.endsWith('A') ? 'B' : 'A');
  const randomSession = fc.oneof(
    fc.string({ minLength: 16, maxLength: 128 }),
    fc.base64String({ minLength: 32, maxLength: 32 }),
    fc.constant(nearMiss),
    fc.string({ maxLength: 15 }),
    fc.anything(),
  );
  const session = fc.oneof(randomSession, fc.constant(hrSession));
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    session,
    pin: or(
      fc.stringMatching(/^\d{4,8}$/).filter((p) => !avoid.includes(p)),
      fc.string({ maxLength: 10 }),
    ),
    range: or(fc.record({ from: date, to: date })),
    query: or(
      fc.record({
        from: date,
        to: date,
        by: fc.constantFrom('day', 'hour', 'week'),
        suppressBelow: fc.oneof(fc.constant(null), fc.integer()),
      }),
    ),
    why: or(fc.constantFrom('staff', 'auto-lock'), fc.string()),
    choice: or(
      fc.record({
        path: fc.constantFrom('/dev/ttyUSB0', '/dev/null', '', '../../etc/passwd'),
        protocol: fc.constantFrom('auto', 'mi48', 'nonsense'),
        baud: fc.oneof(fc.constant(null), fc.integer()),
      }),
    ),
    settings: or(fc.constant(DEFAULT_SETTINGS)),
    region: or(
      fc.record({
        col: fc.nat(40),
        row: fc.nat(30),
        width: fc.integer({ min: 1, max: 40 }),
        height: fc.integer({ min: 1, max: 30 }),
      }),
    ),
    setC: or(fc.double({ min: 20, max: 50, noNaN: true }), fc.double()),
    points: or(fc.array(point, { minLength: 1, maxLength: 2 })),
    slot: or(fc.integer({ min: 1, max: 20 }), fc.integer()),
    clinicalC: or(fc.double({ min: 35, max: 40, noNaN: true }), fc.double()),
    what: or(fc.constantFrom('value', 'volunteer'), fc.string()),
    limit: or(fc.integer({ min: 1, max: 50 }), fc.integer()),
  };
  // The call's own keys, each plausible or not (sometimes one more, sometimes one fewer). A lock
  // never gets the HR session: it would end it, and the fuzz needs it to the end.
  const ownArgs = (name: string): fc.Arbitrary<unknown> => {
    const own = Object.fromEntries(
      keysOf(name).map((k) => [
        k,
        k === 'session' && name === 'staffLock' ? randomSession : (fields[k] ?? fc.anything()),
      ]),
    );
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(own) },
      { weight: 1, arbitrary: fc.record(own, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record({ ...own, extra: fc.anything() }) },
      // Never undefined: a frame without args is no call (it is among the raw frames below).
      { weight: 1, arbitrary: fc.anything().filter((a) => a !== undefined) },
    );
  };
  const known = fc.constantFrom(...Object.keys(calls)).chain((name) =>
    fc.record({
      kind: fc.constant('call' as const),
      name: fc.constant(name),
      args: ownArgs(name),
    }),
  );
  const otherName = fc.oneof(fc.string({ maxLength: 64 }), fc.constantFrom(...TRICKY_NAMES));
  const unknown = fc.record({
    kind: fc.constant('call' as const),
    name: otherName,
    args: fc.oneof(
      fc.record({ session }),
      fc.anything().filter((a) => a !== undefined),
    ),
  });
  const anyName = fc.oneof(fc.constantFrom(...Object.keys(calls)), otherName);
  const badId = fc.oneof(
    fc.integer({ max: -1 }),
    fc.constantFrom(1.5, '7', null, true, [], {}, Number.MAX_SAFE_INTEGER + 2),
  );
  const text = fc
    .oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 200, unit: 'binary' }),
      fc.json(),
      fc.record({ id: badId, call: anyName, args: fc.anything() }).map((o) => JSON.stringify(o)),
      fc.record({ call: anyName, args: fc.anything() }).map((o) => JSON.stringify(o)),
      fc.record({ id: fc.nat(), call: anyName }).map((o) => JSON.stringify(o)),
      fc
        .record({
          id: fc.nat(),
          call: fc.string({ minLength: 65, maxLength: 300 }),
          args: fc.constant({}),
        })
        .map((o) => JSON.stringify(o)),
    )
    .filter((t) => !isRequest(t))
    .map((data) => ({ kind: 'raw' as const, data, binary: false }));
  const binary = fc
    .uint8Array({ maxLength: 256 })
    .map((data) => ({ kind: 'raw' as const, data, binary: true }));
  return fc.oneof(
    { weight: 8, arbitrary: known },
    { weight: 2, arbitrary: unknown },
    { weight: 3, arbitrary: text },
    { weight: 1, arbitrary: binary },
  );
}
