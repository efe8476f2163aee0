// Small byte helpers shared by the golden vectors, the simulated firmware and the tests.

const encoder = new TextEncoder();

/** A string's bytes (the firmware print ASCII). */
export function ascii(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
