// The line faults the simulator applies on top of the firmware's output (faults.ts: how often):
// a burst of random bytes before a frame, or one corrupted byte inside it.

/** Random bytes; for text protocols a stray line, which is how noise reaches a line-based reader. */
export function garbage(rng: () => number, text: boolean): Uint8Array {
  const bytes = Uint8Array.from({ length: 1 + Math.floor(rng() * 48) }, () =>
    Math.floor(rng() * 256),
  );
  if (!text) return bytes;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0x0a || bytes[i] === 0x5b || bytes[i] === 0x5d || bytes[i] === 0x2d)
      bytes[i] = 0x3f;
  return Uint8Array.from([...bytes, 0x0a]);
}

/** One byte changed: a checksum error for binary frames, a non-number for text frames. */
export function corrupt(frame: Uint8Array, rng: () => number, text: boolean): Uint8Array {
  const out = Uint8Array.from(frame);
  if (text) {
    const digits = [...out.keys()].filter((i) => out[i]! >= 0x30 && out[i]! <= 0x39);
    if (digits.length) out[digits[Math.floor(rng() * digits.length)]!] = 0x78; // 'x'
    return out;
  }
  // Avoid the sync bytes at the start: corrupt the payload.
  const at = 4 + Math.floor(rng() * (out.length - 4));
  out[at] = out[at]! ^ 0x01;
  return out;
}
