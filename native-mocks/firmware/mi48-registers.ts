// The MI48's registers as the hosts use them (pysenxor-lite senxor/regmap/registers.py and
// fields.py; pysenxor-master senxor/mi48.py), with the values the simulated camera holds.

export const REG = {
  FRAME_MODE: 0xb1,
  FW_VERSION_1: 0xb2,
  FW_VERSION_2: 0xb3,
  FRAME_RATE: 0xb4,
  STATUS: 0xb6,
  SENXOR_TYPE: 0xba,
  MODULE_TYPE: 0xbb,
  MCU_TYPE: 0x33,
  FRAME_FORMAT: 0x31,
  SENXOR_ID_0: 0xe0,
} as const;

/** FRAME_MODE (0xB1) bits. */
export const FRAME_MODE = {
  /** One frame, then the bit clears itself. */
  GET_SINGLE_FRAME: 0x01,
  CONTINUOUS_STREAM: 0x02,
  /** GFRA without the header row. */
  NO_HEADER: 0x20,
} as const;

/**
 * What the simulated camera holds at power-up. The read-only identity values are PLAUSIBLE
 * CONSTANTS, not a real unit's: SENXOR_TYPE 2 and MODULE_TYPE 19 are an MI0802 (80×62) and an
 * MI0802-M5S module in pysenxor-lite's consts.py tables; MCU_TYPE 0xFF is what older firmware
 * returns (pysenxor-lite reads it as "MI48D4"); the firmware version and the 7-byte id are made
 * up. STATUS 0 means booted (BOOTING_UP, bit 5, clear). FRAME_MODE 0: not streaming until the
 * host writes CONTINUOUS_STREAM. FRAME_RATE 0: the maximum rate. Registers not listed read 0 and
 * keep what the host writes.
 */
export function powerUpRegisters(): Map<number, number> {
  return new Map<number, number>([
    [REG.FRAME_MODE, 0x00],
    [REG.FW_VERSION_1, 0x03],
    [REG.FW_VERSION_2, 0x0c],
    [REG.FRAME_RATE, 0x00],
    [REG.STATUS, 0x00],
    [REG.SENXOR_TYPE, 0x02],
    [REG.MODULE_TYPE, 0x13],
    [REG.MCU_TYPE, 0xff],
    [REG.FRAME_FORMAT, 0x00],
    ...[0x4d, 0x49, 0x30, 0x38, 0x02, 0x1a, 0x5c].map((v, i): [number, number] => [0xe0 + i, v]),
  ]);
}

/** The host cannot change these (pysenxor-lite marks them not writable). */
export const READ_ONLY: ReadonlySet<number> = new Set([
  REG.FW_VERSION_1,
  REG.FW_VERSION_2,
  REG.STATUS,
  REG.SENXOR_TYPE,
  REG.MODULE_TYPE,
  REG.MCU_TYPE,
  0xe0,
  0xe1,
  0xe2,
  0xe3,
  0xe4,
  0xe5,
  0xe6,
]);
