// The shared conformance suite, part 1: every protocol decodes its golden vectors (streams
// transcribed from the firmware's own source) exactly, whole and one byte at a time.
import { describe, expect, it } from 'vitest';
import type { GoldenVector } from '../../electron/core/sensor/golden-vector.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { GOLDEN_VECTORS } from '../../electron/core/sensor/protocols/golden.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { PROTOCOL_IDS } from '../../electron/core/sensor/protocol-ids.js';

function decode(protocolId: (typeof PROTOCOL_IDS)[number], bytes: Uint8Array, step: number) {
  const decoder = PROTOCOLS[protocolId].createDecoder();
  const frames: ThermalFrame[] = [];
  for (let at = 0; at < bytes.length; at += step) {
    frames.push(...decoder.push(bytes.subarray(at, Math.min(bytes.length, at + step))));
  }
  return { decoder, frames };
}

function check(vector: GoldenVector, frames: ThermalFrame[]): void {
  expect(frames).toHaveLength(vector.frames.length);
  vector.frames.forEach((want, i) => {
    const got = frames[i]!;
    expect([got.width, got.height]).toEqual([want.width, want.height]);
    if (want.ambient === null) expect(got.ambient).toBeNull();
    else expect(got.ambient).toBeCloseTo(want.ambient, 2);
    const checked = new Set<number>();
    for (const [index, celsius] of want.pixels) {
      expect(got.pixels[index], `pixel ${index}`).toBeCloseTo(celsius, 2);
      checked.add(index);
    }
    if (want.others !== undefined) {
      got.pixels.forEach((v, index) => {
        if (!checked.has(index)) expect(v, `pixel ${index}`).toBeCloseTo(want.others!, 2);
      });
    }
  });
}

describe.each(PROTOCOL_IDS)('%s: golden vectors from the firmware source', (id) => {
  it.each(GOLDEN_VECTORS[id].map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    for (const step of [vector.bytes.length, 1, 7]) {
      const { decoder, frames } = decode(id, vector.bytes, step);
      check(vector, frames);
      if (vector.stats) expect(decoder.stats).toMatchObject(vector.stats);
      if (vector.notice === null) expect(decoder.notice).toBeNull();
      else if (vector.notice) expect(decoder.notice).toMatchObject(vector.notice);
    }
    expect(vector.source.length).toBeGreaterThan(10);
  });
});
