// The sensor's warm-up: a thermal array drifts while its die warms, so verdicts wait
// `warmUpMinutes` after the sensor starts streaming.
//
// When the clock starts: when a sensor begins streaming after being connected, i.e. a new
// connection (at start, or staff choosing a sensor) or a reconnect after its port was closed.
// The kiosk cannot tell an unplugged sensor from a port that closed for another reason, and
// unplugging powers a USB sensor off (it is cold again), so every closed port restarts it: the
// safe side. A fault on a port that stays open (a stall, garbage re-detected on the same port)
// does not: the sensor kept its power.
import type { SensorStatus } from '../../contract/schemas.js';

/** Link states in which no port is open: the sensor may have lost its power. */
const PORT_CLOSED: ReadonlySet<SensorStatus['state']> = new Set([
  'none',
  'connecting',
  'disconnected',
]);

export class WarmUp {
  /** When the sensor started streaming (ms since 1970), or null while it is not. */
  private startedAt: number | null = null;

  constructor(private readonly durationMs: () => number) {}

  /** Follows the link: a closed port stops the clock, streaming again starts it afresh. */
  track(state: SensorStatus['state'], now: number): void {
    if (PORT_CLOSED.has(state)) this.startedAt = null;
    else if (state === 'streaming' && this.startedAt === null) this.startedAt = now;
  }

  /** Staff chose a sensor (or the same one again): it warms up afresh from now. Not from its
   * first frame: the old link still reads as streaming for a moment, and detection takes
   * seconds, nothing next to a warm-up. A port that then fails to open resets it anyway. */
  restart(now: number): void {
    this.startedAt = now;
  }

  /** Until when verdicts wait (ms since 1970), or null when the sensor is warm (or not
   * streaming: then another pause applies). */
  readyAt(now: number): number | null {
    if (this.startedAt === null) return null;
    // A clock set back never makes the wait longer than one whole warm-up.
    if (now < this.startedAt) this.startedAt = now;
    const at = this.startedAt + this.durationMs();
    return now < at ? at : null;
  }
}
