// Calls on a running kiosk through the same dispatcher (and validation) as the transports.
import type { CallArgs, CallName, CallResult, Result } from '../../electron/contract/api.js';
import { dispatchCall } from '../../electron/contract/dispatch.js';
import type { RunningKiosk } from '../../electron/app/run-kiosk.js';

export function kioskCalls(current: () => RunningKiosk | null) {
  async function call<N extends CallName>(
    name: N,
    args: CallArgs<N>,
  ): Promise<Result<CallResult<N>>> {
    return (await dispatchCall(current()!.kiosk.handlers, name, args)) as Result<CallResult<N>>;
  }
  async function value<N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>> {
    const result = await call(name, args);
    if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }
  /** Unlocks with a PIN: the session and its role. */
  async function unlockAs(pin: string): Promise<{ session: string; role: 'staff' | 'hr' }> {
    const result = await value('staffUnlock', { pin });
    if (result.status !== 'unlocked') throw new Error(`unlock: ${result.status}`);
    return result;
  }
  const unlock = async (pin: string): Promise<string> => (await unlockAs(pin)).session;
  return { call, value, unlock, unlockAs };
}
