// Signed bundles: a valid one verifies, and every way a file can be wrong is refused with its reason.
import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ABSENT, DAY_SIZE, KeyRing, readBundle } from '../../electron/core/bundle/bundle-reader.js';
import { writeBundle } from '../../electron/core/bundle/bundle-writer.js';
import { fingerprintOf, normaliseFingerprint } from '../../electron/core/bundle/fingerprint.js';
import { bundleText, content, memoryIdentity } from '../support/bundle-fixtures.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const kiosk = memoryIdentity();
const other = memoryIdentity();
const ring = new KeyRing(new Set([kiosk.fingerprint]));
const c = content({ from: '2026-11-01', to: '2026-11-30' });
const text = bundleText(kiosk, c);
const read = (t: string | Buffer, r = ring) =>
  readBundle(Buffer.isBuffer(t) ? t : Buffer.from(t, 'utf8'), r, NOW);

describe('signed counts bundles', () => {
  it('verifies a bundle the kiosk wrote, and holds its counts', () => {
    const result = read(text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.bundle.fingerprint).toBe(kiosk.fingerprint);
    expect(result.bundle.values.length).toBe(30 * DAY_SIZE);
    const nov3 = result.bundle.values.subarray(2 * DAY_SIZE, 3 * DAY_SIZE);
    expect(nov3[9]).toBe(19); // pass at 09:00 = 10 + 9
    expect(nov3[24 + 9]).toBe(1); // refer at 09:00
    expect(nov3[3]).toBe(0); // nobody at 03:00
  });

  it('is signed with Ed25519 over every byte before the last line (checked with node:crypto alone)', () => {
    const bytes = Buffer.from(text, 'utf8');
    const last = bytes.lastIndexOf(10, bytes.length - 2) + 1;
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { publicKey: string };
    const sig = JSON.parse(bytes.subarray(last).toString()) as { value: string };
    const key = createPublicKey({
      key: Buffer.from(header.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    expect(verify(null, bytes.subarray(0, last), key, Buffer.from(sig.value, 'base64'))).toBe(true);
    expect(fingerprintOf(header.publicKey)).toBe(kiosk.fingerprint);
    expect(kiosk.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/);
    expect(normaliseFingerprint(kiosk.fingerprint.toLowerCase().replace(/-/g, ' '))).toBe(
      kiosk.fingerprint,
    );
  });

  it('refuses a tampered count', () => {
    const tampered = text.replace('"pass":[0,0,0,0,0,0,0,0,18,', '"pass":[0,0,0,0,0,0,0,0,19,');
    expect(tampered).not.toBe(text);
    const result = read(tampered);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/signature does not match/);
  });

  it('refuses a tampered site name in the header', () => {
    const result = read(text.replace('"site":"Head office"', '"site":"Branch"'));
    expect(!result.ok && result.reason).toMatch(/signature does not match/);
  });

  it('refuses a bundle signed by another key than its header names (wrong key)', () => {
    const forged = writeBundle(
      c,
      { ...other, publicKey: kiosk.publicKey, fingerprint: kiosk.fingerprint },
      {
        createdAt: new Date('2026-12-01T00:30:00Z'),
        createdLocal: '2026-12-01T00:30',
      },
    ).text;
    const result = read(forged);
    expect(!result.ok && result.reason).toMatch(/signature does not match/);
  });

  it('lists an unknown key with its fingerprint and what to do', () => {
    const result = read(bundleText(other, c));
    expect(!result.ok && result.reason).toContain(`unknown key`);
    expect(!result.ok && result.reason).toContain(other.fingerprint);
  });

  it('refuses a truncated bundle', () => {
    for (const cut of [text.length - 5, Math.floor(text.length / 2), 40]) {
      const result = read(text.slice(0, cut));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/truncated|not a counts bundle/);
    }
    // Cut exactly at a line end: the signature line is missing.
    const cutAtLine = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
    expect(!read(cutAtLine).ok).toBe(true);
  });

  it('refuses a bundle from the future and one from newer software or format', () => {
    const future = bundleText(kiosk, content({ from: '2027-01-01', to: '2027-01-31' }));
    expect((read(future) as { reason: string }).reason).toMatch(/from the future/);
    const newer = text.replace(/"software":"[\d.]+"/, '"software":"99.0.0"');
    expect((read(newer) as { reason: string }).reason).toMatch(/newer than this roll-up/);
    const format = text.replace('"version":1', '"version":2');
    expect((read(format) as { reason: string }).reason).toMatch(/bundle format 2/);
  });

  it('refuses other files', () => {
    expect((read('date,kiosk\n2026-11-01,1\n') as { reason: string }).reason).toMatch(
      /not a counts bundle/,
    );
    expect((read(Buffer.from([0xff, 0xd8, 0xff, 0x00])) as { reason: string }).reason).toMatch(
      /not a counts bundle/,
    );
  });

  it('leaves the hours that had not ended unknown, never zero', () => {
    const midday = bundleText(
      kiosk,
      content({ from: '2026-11-30', to: '2026-11-30' }),
      '2026-11-30T13:20',
    );
    const result = read(midday);
    if (!result.ok) throw new Error(result.reason);
    const values = result.bundle.values;
    expect(values[12]).toBe(22);
    expect(values[13]).toBe(ABSENT);
    expect(values[23]).toBe(ABSENT);
  });
});
