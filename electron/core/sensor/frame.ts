/**
 * One decoded thermal image, the same shape for every protocol.
 *
 * Left/right convention (all protocols): pixels are in *image order*, as a photograph taken by
 * the sensor would show the scene: row 0 at the top, column 0 at the image's left. Protocols
 * whose wire order is mirrored (the MLX90640 sends its column 1 at the image's right, whether
 * through the GY-MCU90640 module or the SparkFun/Adafruit sketches) are un-mirrored by their
 * decoder, so a person standing left of centre is on the left in every frame.
 */
export interface ThermalFrame {
  width: number;
  height: number;
  /** °C, row-major, width × height values. */
  pixels: Float32Array;
  /**
   * The sensor's own temperature in °C, when the protocol reports one. Every supported sensor
   * reports its die (chip) temperature here, which runs above the room: the MLX90640/MLX90614
   * "Ta" and the MI48's header word 2. The estimator adds a per-sensor offset to get the room.
   */
  ambient: number | null;
  /**
   * A single-point sensor (GY-MCU90614/90615) delivers 1×1 frames: the estimator cannot find
   * a face in them and must use its own, wider uncertainty.
   */
  singlePoint: boolean;
  /** Counts decoded frames from 0 on each decoder. */
  seq: number;
  /** Milliseconds since the epoch when the frame's last chunk arrived. */
  receivedAt: number;
}

/** Counters every decoder keeps; they reach the staff through the sensor status. */
export interface DecoderStats {
  /** Frames decoded and delivered. */
  frames: number;
  /** Frames whose checksum did not match (dropped). */
  checksumErrors: number;
  /** Frames with the wrong structure: a row with the wrong count, a bad length field (dropped). */
  malformed: number;
  /** Times the decoder skipped bytes to find the next frame start. */
  resyncs: number;
  /** Bytes that were not part of any delivered frame (noise, banners, dropped frames). */
  bytesDiscarded: number;
  /** Pixels the firmware printed as nan/inf/ovf, filled from their neighbours (frame kept). */
  repairedPixels: number;
}

export function emptyStats(): DecoderStats {
  return {
    frames: 0,
    checksumErrors: 0,
    malformed: 0,
    resyncs: 0,
    bytesDiscarded: 0,
    repairedPixels: 0,
  };
}

/** Adds `from`'s counters into `into`. */
export function addStats(into: DecoderStats, from: DecoderStats): void {
  into.frames += from.frames;
  into.checksumErrors += from.checksumErrors;
  into.malformed += from.malformed;
  into.resyncs += from.resyncs;
  into.bytesDiscarded += from.bytesDiscarded;
  into.repairedPixels += from.repairedPixels;
}
