// Every wire protocol the kiosk reads: its device facts (protocols/<id>/device.ts) and decoder.
import type { FrameDecoder } from '../decoder.js';
import type { DeviceFacts } from '../device-facts.js';
import { PROTOCOL_IDS, type ProtocolId } from '../protocol-ids.js';
import { AdafruitAmg88xxDecoder } from './adafruit-amg88xx/decoder.js';
import { ADAFRUIT_AMG88XX } from './adafruit-amg88xx/device.js';
import { AdafruitMlx90640Decoder } from './adafruit-mlx90640/decoder.js';
import { ADAFRUIT_MLX90640 } from './adafruit-mlx90640/device.js';
import { Gy90614Decoder } from './gy-mcu90614/decoder.js';
import { GY_MCU90614 } from './gy-mcu90614/device.js';
import { Gy90640Decoder } from './gy-mcu90640/decoder.js';
import { GY_MCU90640 } from './gy-mcu90640/device.js';
import { Mi48Decoder } from './mi48/decoder.js';
import { MI48 } from './mi48/device.js';
import { SparkfunMlx90640Decoder } from './sparkfun-mlx90640/decoder.js';
import { SPARKFUN_MLX90640 } from './sparkfun-mlx90640/device.js';

export interface ProtocolInfo extends DeviceFacts {
  createDecoder(): FrameDecoder;
}

function protocol(facts: DeviceFacts, createDecoder: () => FrameDecoder): ProtocolInfo {
  return { ...facts, createDecoder };
}

export const PROTOCOLS: Record<ProtocolId, ProtocolInfo> = {
  'gy-mcu90640': protocol(GY_MCU90640, () => new Gy90640Decoder()),
  'gy-mcu90614': protocol(GY_MCU90614, () => new Gy90614Decoder()),
  'sparkfun-mlx90640': protocol(SPARKFUN_MLX90640, () => new SparkfunMlx90640Decoder()),
  'adafruit-mlx90640': protocol(ADAFRUIT_MLX90640, () => new AdafruitMlx90640Decoder()),
  'adafruit-amg88xx': protocol(ADAFRUIT_AMG88XX, () => new AdafruitAmg88xxDecoder()),
  mi48: protocol(MI48, () => new Mi48Decoder()),
};

export function isProtocolId(value: string): value is ProtocolId {
  return (PROTOCOL_IDS as readonly string[]).includes(value);
}

/** Every baud rate any protocol uses, most common first: the order auto-detection tries. */
export const DETECTION_BAUDS: readonly number[] = [115200, 9600, 460800];
