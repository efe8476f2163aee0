import { describe, expect, it, vi } from 'vitest';
import { ApiFailure, calls, type CallHandlers } from '../../electron/contract/api.js';
import { createApiClient, type ClientTransport } from '../../electron/contract/client.js';
import { dispatchCall } from '../../electron/contract/dispatch.js';
import { WsRequestSchema } from '../../electron/contract/wire.js';
import { DateRangeSchema, ScreeningStateSchema } from '../../electron/contract/schemas.js';
import { demoSnapshot, today, withLockedStaff } from '../support/fixtures.js';

const snapshot = demoSnapshot;
const handlers: CallHandlers = withLockedStaff({
  getSnapshot: () => snapshot,
  getCounts: () => [today],
});

describe('contract schemas', () => {
  it('accepts each screen and rejects unknown screens and stray temperatures', () => {
    expect(ScreeningStateSchema.safeParse({ screen: 'retry', reason: 'too-far' }).success).toBe(
      true,
    );
    expect(ScreeningStateSchema.safeParse({ screen: 'fever' }).success).toBe(false);
    expect(ScreeningStateSchema.safeParse({ screen: 'retry' }).success).toBe(false);
  });

  it('takes a WebSocket call without args (answered under its own id, not as malformed)', () => {
    expect(WsRequestSchema.safeParse({ id: 7, call: 'getSnapshot' }).success).toBe(true);
    expect(WsRequestSchema.safeParse({ call: 'getSnapshot' }).success).toBe(false);
  });

  it('rejects impossible date ranges with a message that says what is wrong', () => {
    const reversed = DateRangeSchema.safeParse({ from: '2026-11-23', to: '2026-11-01' });
    expect(reversed.success).toBe(false);
    expect(reversed.error!.issues[0]!.message).toMatch(/"from" must not be after "to"/);
    expect(DateRangeSchema.safeParse({ from: '2026-02-30', to: '2026-03-01' }).success).toBe(false);
    expect(DateRangeSchema.safeParse({ from: '23/11/2026', to: '2026-11-23' }).success).toBe(false);
  });
});

describe('dispatchCall (receiving side of both transports)', () => {
  it('runs a valid call', async () => {
    expect(await dispatchCall(handlers, 'getSnapshot', {})).toEqual({ ok: true, value: snapshot });
  });

  it('returns an invalid-request error value for an unknown call', async () => {
    const result = await dispatchCall(handlers, 'dropTables', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/known calls: getSnapshot, getCounts/);
  });

  it('returns a clear error for malformed arguments and never calls the handler', async () => {
    const getCounts = vi.fn(() => []);
    const result = await dispatchCall({ ...handlers, getCounts }, 'getCounts', {
      session: 's'.repeat(24),
      range: { from: 'yesterday', to: 3 },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /^getCounts: range\.from: expected a date written YYYY-MM-DD/,
    );
    expect(getCounts).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an internal error value', async () => {
    const result = await dispatchCall(
      {
        ...handlers,
        authorize: () => undefined,
        getCounts: () => {
          throw new Error('disk on fire');
        },
      },
      'getCounts',
      { session: 's'.repeat(24), range: { from: '2026-11-01', to: '2026-11-02' } },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getCounts failed: disk on fire' },
    });
  });
});

describe('access rules in the contract (one guard for both transports)', () => {
  const session = 's'.repeat(24);

  it('gives every call that needs a role a session argument', () => {
    for (const [name, call] of Object.entries(calls)) {
      if (call.access === 'anyone') continue;
      const shape = (call.args as { shape?: Record<string, unknown> }).shape ?? {};
      expect(Object.keys(shape), name).toContain('session');
    }
  });

  it('opens only the snapshot, the PIN pad and locking to callers without a session', () => {
    const open = Object.entries(calls)
      .filter(([, call]) => call.access === 'anyone')
      .map(([name]) => name);
    expect(open.sort()).toEqual(['getSnapshot', 'staffLock', 'staffSetPin', 'staffUnlock']);
  });

  it("runs the guard with the call's rule before the handler, and never the handler when it refuses", async () => {
    const authorize = vi.fn((given: string) => {
      if (given !== session) throw new ApiFailure('unauthorized', 'unlock with the PIN');
    });
    const exitKiosk = vi.fn(() => ({}));
    const getStaffStatus = vi.fn(() => {
      throw new Error('status is not under test');
    });
    const guarded = { ...handlers, authorize, exitKiosk, getStaffStatus };
    expect(await dispatchCall(guarded, 'exitKiosk', { session: 'x'.repeat(24) })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(exitKiosk).not.toHaveBeenCalled();
    expect(await dispatchCall(guarded, 'exitKiosk', { session })).toEqual({ ok: true, value: {} });
    expect(authorize).toHaveBeenLastCalledWith(session, { access: 'staff', polled: false });
    await dispatchCall(guarded, 'getStaffStatus', { session });
    expect(authorize).toHaveBeenLastCalledWith(session, { access: 'staff', polled: true });
    await dispatchCall(guarded, 'getCounts', {
      session,
      range: { from: '2026-11-01', to: '2026-11-02' },
    });
    expect(authorize).toHaveBeenLastCalledWith(session, { access: 'staff-or-hr', polled: false });
    authorize.mockClear();
    await dispatchCall(guarded, 'getSnapshot', {});
    expect(authorize).not.toHaveBeenCalled();
  });
});

describe('createApiClient (validates on receipt)', () => {
  function transport(reply: unknown): ClientTransport & { emit: (e: unknown, p: unknown) => void } {
    let handler: ((e: unknown, p: unknown) => void) | null = null;
    return {
      invoke: () => Promise.resolve(reply),
      listen: (h) => ((handler = h), () => (handler = null)),
      emit: (e, p) => handler?.(e, p),
    };
  }

  it('passes a well-formed reply through', async () => {
    const api = createApiClient(transport({ ok: true, value: snapshot }));
    expect(await api.call('getSnapshot', {})).toEqual({ ok: true, value: snapshot });
  });

  it('turns a malformed reply into an invalid-response error value', async () => {
    const api = createApiClient(transport({ ok: true, value: { ...snapshot, mode: 'evil' } }));
    const result = await api.call('getSnapshot', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(!result.ok && result.error.message).toMatch(/mode/);
  });

  it('turns a failed link into an unavailable error value instead of throwing', async () => {
    const api = createApiClient({
      invoke: () => Promise.reject(new Error('socket closed')),
      listen: () => () => {},
    });
    expect(await api.call('getSnapshot', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'getSnapshot: socket closed' },
    });
  });

  it('delivers valid events and drops malformed ones with a report', () => {
    const warnings: string[] = [];
    const t = transport(null);
    const api = createApiClient(t, (m) => warnings.push(m));
    const seen: unknown[] = [];
    const off = api.on('state', (s) => seen.push(s));
    t.emit('state', { screen: 'pass' });
    t.emit('state', { screen: 'pass', temperature: 38.2, extra: true }); // stripped, still valid
    t.emit('state', { screen: 'nonsense' });
    t.emit('nope', {});
    expect(seen).toEqual([{ screen: 'pass' }, { screen: 'pass' }]);
    expect(warnings).toHaveLength(2);
    off();
    t.emit('state', { screen: 'idle' });
    expect(seen).toHaveLength(2);
  });
});
