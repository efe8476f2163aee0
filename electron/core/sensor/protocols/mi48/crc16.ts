// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor): what the MI48 puts
// in its frame header word 7 over the pixel bytes (littlehhj0/pysenxor-master@21a2eef
// senxor/mi48.py `read()` checks it with crcmod's 'crc-ccitt-false'). A frame is 9920 bytes,
// nine times a second, and the decoder must keep up with far more: two bytes per table lookup.

const BYTE_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let crc = n << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    table[n] = crc;
  }
  return table;
})();

/**
 * A 16-bit CRC register followed by two bytes depends only on register XOR those two bytes (high
 * byte first): one table over all 65536 values does both bytes' steps.
 */
const WORD_TABLE = (() => {
  const table = new Uint16Array(65536);
  for (let v = 0; v < 65536; v++) {
    const high = BYTE_TABLE[v >> 8]!;
    table[v] = ((high << 8) & 0xffff) ^ BYTE_TABLE[(v & 0xff) ^ (high >> 8)]!;
  }
  return table;
})();

export function crc16CcittFalse(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let crc = 0xffff;
  let i = from;
  for (; i + 1 < to; i += 2) crc = WORD_TABLE[crc ^ ((bytes[i]! << 8) | bytes[i + 1]!)]!;
  if (i < to) crc = ((crc << 8) & 0xffff) ^ BYTE_TABLE[((crc >> 8) ^ bytes[i]!) & 0xff]!;
  return crc;
}
