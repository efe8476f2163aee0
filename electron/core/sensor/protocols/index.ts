// What the kiosk knows about each wire protocol: its shape, its baud rates, and its decoder.
import { AdafruitAmg88xxDecoder } from './adafruit-amg88xx/decoder.js';
import { AdafruitMlx90640Decoder } from './adafruit-mlx90640/decoder.js';
import type { FrameDecoder } from '../decoder.js';
import { Gy90614Decoder } from './gy-mcu90614/decoder.js';
import { Gy90640Decoder } from './gy-mcu90640/decoder.js';
import { Mi48Decoder } from './mi48/decoder.js';
import { PROTOCOL_IDS, type ProtocolId } from '../protocol-ids.js';
import { SparkfunMlx90640Decoder } from './sparkfun-mlx90640/decoder.js';

export interface ProtocolInfo {
  id: ProtocolId;
  label: string;
  width: number;
  height: number;
  /** Baud rates the device can be set to, most common first. */
  bauds: readonly number[];
  /** A typical frame rate, used before the real one is measured (stall detection). */
  typicalRateHz: number;
  createDecoder(): FrameDecoder;
}

export const PROTOCOLS: Record<ProtocolId, ProtocolInfo> = {
  'gy-mcu90640': {
    id: 'gy-mcu90640',
    label: 'GY-MCU90640 (MLX90640 32×24, binary)',
    width: 32,
    height: 24,
    bauds: [115200, 460800, 9600],
    typicalRateHz: 4,
    createDecoder: () => new Gy90640Decoder(),
  },
  'gy-mcu90614': {
    id: 'gy-mcu90614',
    label: 'GY-MCU90614/90615 (single point)',
    width: 1,
    height: 1,
    bauds: [9600, 115200],
    typicalRateHz: 10,
    createDecoder: () => new Gy90614Decoder(),
  },
  'sparkfun-mlx90640': {
    id: 'sparkfun-mlx90640',
    label: 'SparkFun MLX90640 sketch (text, 32×24)',
    width: 32,
    height: 24,
    bauds: [115200],
    typicalRateHz: 2,
    createDecoder: () => new SparkfunMlx90640Decoder(),
  },
  'adafruit-mlx90640': {
    id: 'adafruit-mlx90640',
    label: 'Adafruit MLX90640 sketch (text, 32×24)',
    width: 32,
    height: 24,
    bauds: [115200],
    typicalRateHz: 2,
    createDecoder: () => new AdafruitMlx90640Decoder(),
  },
  'adafruit-amg88xx': {
    id: 'adafruit-amg88xx',
    label: 'Adafruit AMG88xx sketch (text, 8×8)',
    width: 8,
    height: 8,
    bauds: [9600, 115200],
    typicalRateHz: 1,
    createDecoder: () => new AdafruitAmg88xxDecoder(),
  },
  mi48: {
    id: 'mi48',
    label: 'Waveshare thermal camera (Meridian MI48, 80×62)',
    width: 80,
    height: 62,
    bauds: [115200],
    typicalRateHz: 9,
    createDecoder: () => new Mi48Decoder(),
  },
};

export function isProtocolId(value: string): value is ProtocolId {
  return (PROTOCOL_IDS as readonly string[]).includes(value);
}

/** Every baud rate any protocol uses, most common first: the order auto-detection tries. */
export const DETECTION_BAUDS: readonly number[] = [115200, 460800, 9600];
