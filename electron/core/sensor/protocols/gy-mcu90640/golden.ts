// GY-MCU90640 frames as the module's manual documents them: `5A 5A`, length `02 06`, 768 int16
// pixels (°C × 100, little-endian), the sensor's ambient, then the sum of the first 771 words.
// The manual's example frame begins `5A 5A 02 06 6E 0E …`: 0x0E6E = 3694 → 36.94 °C. The
// checksum below (0xB5B0) was added up by hand: 0x5A5A + 0x0602 + 768 × 0x0E6E + 0x0B54.
import { concat, le16, type GoldenVector } from '../../golden-vector.js';

const MANUAL = 'GY-MCU90640 manual: frame layout and example `5A 5A 02 06 6E 0E …`';

const uniform = concat(
  Uint8Array.of(0x5a, 0x5a, 0x02, 0x06),
  le16(new Array<number>(768).fill(0x0e6e)),
  le16([0x0b54]), // ambient 29.00 °C
  Uint8Array.of(0xb0, 0xb5), // checksum 0xB5B0, little-endian
);

export const GOLDEN: readonly GoldenVector[] = [
  {
    name: "the manual's example pixel in every pixel, ambient 29.00 °C",
    source: MANUAL,
    bytes: uniform,
    frames: [{ width: 32, height: 24, pixels: [[0, 36.94]], others: 36.94, ambient: 29 }],
    stats: { frames: 1, checksumErrors: 0 },
  },
  {
    name: 'one bit flipped in a pixel: the checksum no longer matches, nothing is decoded',
    source: MANUAL,
    bytes: (() => {
      const bad = Uint8Array.from(uniform);
      bad[204] = bad[204]! ^ 0x01;
      return bad;
    })(),
    frames: [],
    stats: { frames: 0, checksumErrors: 1 },
  },
];
