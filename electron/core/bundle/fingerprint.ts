// A signing key's fingerprint as people read it off the console and type it into the roll-up's key
// list: base32 (RFC 4648, A–Z and 2–7, so no 0/O or 1/I to confuse) of the first 20 bytes of the
// SHA-256 of the public key (SPKI DER), in eight groups of four. 160 bits: a forged key matching
// it would take about 2^160 tries.
import { createHash } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The fingerprint of a public key given as SPKI DER (bytes or base64). */
export function fingerprintOf(spki: Uint8Array | string): string {
  const der = typeof spki === 'string' ? Buffer.from(spki, 'base64') : spki;
  const digest = createHash('sha256').update(der).digest().subarray(0, 20);
  return base32(digest).match(/.{4}/g)!.join('-');
}

/** A fingerprint as typed ("abcd efgh…", with spaces or dashes, any case), or null. */
export function normaliseFingerprint(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z2-7]{32}$/.test(plain)) return null;
  return plain.match(/.{4}/g)!.join('-');
}
