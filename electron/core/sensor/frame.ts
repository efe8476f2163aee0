/**
 * One decoded thermal image. Pixels are °C, row-major, row 0 at the top, and column 0 at the
 * image's left as a viewer facing the sensor sees it (protocols that send mirrored columns are
 * un-mirrored by their decoder).
 */
export interface ThermalFrame {
  width: number;
  height: number;
  pixels: Float32Array;
  /** The sensor's own ambient/die temperature in °C, when the protocol reports one. */
  ambient: number | null;
  /** Counts decoded frames from 0 on each link. */
  seq: number;
  /** Milliseconds since the epoch when the last byte arrived. */
  receivedAt: number;
}

/** Counters every decoder keeps; they reach the staff through the sensor status. */
export interface DecoderStats {
  frames: number;
  checksumErrors: number;
  resyncs: number;
  bytesDiscarded: number;
}
