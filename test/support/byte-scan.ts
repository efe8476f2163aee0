// Scans raw bytes for what a private kiosk must never keep: image files (by their magic numbers)
// and anything that reads like a person's temperature (33.0–43.999 written with . or ,).
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ByteHit {
  where: string;
  what: string;
  offset: number;
  context: string;
}

const IMAGE_MAGIC: ReadonlyArray<{ what: string; bytes: readonly number[]; startOnly?: boolean }> =
  [
    { what: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
    { what: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
    { what: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
    { what: 'TIFF (little-endian)', bytes: [0x49, 0x49, 0x2a, 0x00] }, // II*\0
    { what: 'TIFF (big-endian)', bytes: [0x4d, 0x4d, 0x00, 0x2a] }, // MM\0*
    // 'BM' is too common a pair of bytes to mean anything except at the start of a file.
    { what: 'BMP', bytes: [0x42, 0x4d], startOnly: true },
  ];

/** A person's temperature as text: 33–43 with one to three decimals. */
export const TEMPERATURE_TEXT = /\b(3[3-9]|4[0-3])[.,]\d{1,3}\b/g;

function context(bytes: Buffer, offset: number, length: number): string {
  const from = Math.max(0, offset - 30);
  const to = Math.min(bytes.length, offset + length + 30);
  return JSON.stringify(bytes.subarray(from, to).toString('latin1'));
}

export function imageMagicHits(bytes: Buffer, where: string): ByteHit[] {
  const hits: ByteHit[] = [];
  for (const magic of IMAGE_MAGIC) {
    const needle = Buffer.from(magic.bytes);
    if (magic.startOnly) {
      if (bytes.subarray(0, needle.length).equals(needle))
        hits.push({
          where,
          what: magic.what,
          offset: 0,
          context: context(bytes, 0, needle.length),
        });
      continue;
    }
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
      hits.push({
        where,
        what: magic.what,
        offset: at,
        context: context(bytes, at, needle.length),
      });
    }
  }
  return hits;
}

export function temperatureTextHits(bytes: Buffer, where: string): ByteHit[] {
  const text = bytes.toString('latin1'); // one character per byte: offsets stay byte offsets
  return [...text.matchAll(TEMPERATURE_TEXT)].map((m) => ({
    where,
    what: `temperature-like "${m[0]}"`,
    offset: m.index,
    context: context(bytes, m.index, m[0].length),
  }));
}

/** Every regular file under `dir` (symlinks, devices and sockets are not read). */
export function regularFilesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = lstatSync(path);
    if (stat.isDirectory()) files.push(...regularFilesUnder(path));
    else if (stat.isFile()) files.push(path);
  }
  return files;
}

export function describeHits(hits: readonly ByteHit[]): string {
  return hits.map((h) => `${h.where} @${h.offset}: ${h.what} in ${h.context}`).join('\n');
}
