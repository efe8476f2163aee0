// What the link supervisor (link-supervisor.ts) is told: which port, what it speaks (or 'auto'),
// where frames and status go, and the knobs tests and the bench turn.
import type { SensorStatus } from '../../contract/schemas.js';
import type { ThermalFrame } from './frame.js';
import type { HealthOptions } from './link-health.js';
import type { ProtocolId } from './protocol-ids.js';

export interface SupervisorOptions {
  path: string;
  protocol: ProtocolId | 'auto';
  baud: number | 'auto';
  /** GY-MCU90640: the frame rate to set on the module after opening (0.5, 1, 2, 4 or 8 Hz). */
  rateHz?: 0.5 | 1 | 2 | 4 | 8 | null;
  /** The port's USB vendor id, when known (helps detection: an MI48 is asked at once). */
  vendorId?: string | null;
  onFrame: (frame: ThermalFrame) => void;
  onStatus: (status: SensorStatus) => void;
  health?: Partial<HealthOptions>;
  /** A stream stalled this long is closed and reopened (USB adapters sometimes need it). */
  stallReopenMs?: number;
  now?: () => number;
  random?: () => number;
}
