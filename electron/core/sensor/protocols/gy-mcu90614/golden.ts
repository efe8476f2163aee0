// GY-MCU90614 frames as the module's manual documents them: `5A 5A 45 04 TOh TOl TAh TAl SUM`,
// big-endian °C × 100 (object, ambient), SUM = low byte of the sum of bytes 0–7.
import type { GoldenVector } from '../../golden-vector.js';

const MANUAL = 'GY-MCU90614 manual: example frame `5A 5A 45 04 0C 78 0D 19 A7`';

export const GOLDEN: readonly GoldenVector[] = [
  {
    name: "the manual's example: 31.92 °C object, 33.53 °C ambient",
    source: MANUAL,
    bytes: Uint8Array.of(0x5a, 0x5a, 0x45, 0x04, 0x0c, 0x78, 0x0d, 0x19, 0xa7),
    frames: [{ width: 1, height: 1, pixels: [[0, 31.92]], ambient: 33.53 }],
    stats: { frames: 1 },
  },
  {
    name: 'the example with a wrong SUM',
    source: MANUAL,
    bytes: Uint8Array.of(0x5a, 0x5a, 0x45, 0x04, 0x0c, 0x78, 0x0d, 0x19, 0xa8),
    frames: [],
    stats: { frames: 0, checksumErrors: 1 },
  },
];
