// What the staff see of one supervised sensor link (link-supervisor.ts): its state, fault and
// last error, and counters summed over every connection's decoder. Frames, discarded bytes and the
// rate change all the time, so a status is news only when something besides them changed.
import type { SensorStatus } from '../../contract/schemas.js';
import { addStats, emptyStats, type DecoderStats } from './frame.js';
import type { LinkFault } from './link-health.js';
import type { ProtocolId } from './protocol-ids.js';
import type { SupervisorOptions } from './supervisor-options.js';

export type LinkState = SensorStatus['state'];

export class LinkReport {
  state: LinkState = 'connecting';
  fault: LinkFault | 'device' | null = null;
  lastError: string | null = null;
  lastErrorAt: number | null = null;
  reconnects = 0;
  /** Stats of decoders from earlier connections; the live decoder's are added on top. */
  private readonly past: DecoderStats = emptyStats();
  private lastPublished = '';

  constructor(private readonly options: Pick<SupervisorOptions, 'path'>) {}

  /** A decoder is done with: its counters join the earlier connections'. */
  retire(stats: DecoderStats): void {
    addStats(this.past, stats);
  }

  status(
    protocol: ProtocolId | null,
    baud: number | null,
    live: DecoderStats,
    rateHz: number | null,
  ): SensorStatus {
    return {
      state: this.state,
      fault: this.fault,
      port: this.options.path,
      protocol,
      baud,
      frames: this.past.frames + live.frames,
      checksumErrors: this.past.checksumErrors + live.checksumErrors,
      malformed: this.past.malformed + live.malformed,
      resyncs: this.past.resyncs + live.resyncs,
      bytesDiscarded: this.past.bytesDiscarded + live.bytesDiscarded,
      repairedPixels: this.past.repairedPixels + live.repairedPixels,
      reconnects: this.reconnects,
      rateHz: rateHz === null ? null : Math.round(rateHz * 10) / 10,
      lastError: this.lastError,
      lastErrorAt: this.lastErrorAt === null ? null : new Date(this.lastErrorAt).toISOString(),
    };
  }

  /**
   * True when `status` differs from the last news in more than frames, discarded bytes and rate;
   * it then becomes the last news.
   */
  isNews(status: SensorStatus): boolean {
    const key = JSON.stringify({ ...status, frames: 0, bytesDiscarded: 0, rateHz: 0 });
    if (key === this.lastPublished) return false;
    this.lastPublished = key;
    return true;
  }
}
