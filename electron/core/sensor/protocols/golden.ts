// Every protocol's golden vectors, by protocol id: the conformance suite runs them all.
import type { GoldenVector } from '../golden-vector.js';
import type { ProtocolId } from '../protocol-ids.js';
import { GOLDEN as ADAFRUIT_AMG88XX } from './adafruit-amg88xx/golden.js';
import { GOLDEN as ADAFRUIT_MLX90640 } from './adafruit-mlx90640/golden.js';
import { GOLDEN as GY_MCU90614 } from './gy-mcu90614/golden.js';
import { GOLDEN as GY_MCU90640 } from './gy-mcu90640/golden.js';
import { GOLDEN as MI48 } from './mi48/golden.js';
import { GOLDEN as SPARKFUN_MLX90640 } from './sparkfun-mlx90640/golden.js';

export const GOLDEN_VECTORS: Record<ProtocolId, readonly GoldenVector[]> = {
  'gy-mcu90640': GY_MCU90640,
  'gy-mcu90614': GY_MCU90614,
  'sparkfun-mlx90640': SPARKFUN_MLX90640,
  'adafruit-mlx90640': ADAFRUIT_MLX90640,
  'adafruit-amg88xx': ADAFRUIT_AMG88XX,
  mi48: MI48,
};
