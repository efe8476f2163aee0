/** An image for a simulated sensor to send: °C in image order (see electron/core/sensor/frame.ts). */
export interface SensorImage {
  width: number;
  height: number;
  pixels: Float32Array;
  /** The sensor's ambient/die temperature, for protocols that report one. */
  ambientC: number | null;
}

/** Turns one image into the exact bytes a real sensor of that protocol would send. */
export type FrameEncoder = (image: SensorImage) => Uint8Array;
