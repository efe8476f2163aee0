// The small pieces the bundle format rests on: the version it writes is the package's, versions
// compare as numbers, dates step as the calendar does, and fingerprints are RFC 4648 base32.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base32, normaliseFingerprint } from '../../electron/core/bundle/fingerprint.js';
import { compareVersions, SOFTWARE_VERSION } from '../../electron/core/bundle/software-version.js';
import { addDays, nextDate } from '../../electron/core/records/local-date.js';
import { ROOT } from '../support/paths.js';

describe('bundle basics', () => {
  it('writes the version package.json declares', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(SOFTWARE_VERSION).toBe(pkg.version);
  });

  it('compares versions part by part as numbers', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.1.1')).toBe(-1);
  });

  it('steps dates exactly as addDays does, across months, leap days and years', () => {
    let date = '1999-12-25';
    for (let i = 0; i < 3000; i++) {
      const next = nextDate(date);
      expect(next).toBe(addDays(date, 1));
      date = next;
    }
    expect(nextDate('2000-02-28')).toBe('2000-02-29');
    expect(nextDate('2100-02-28')).toBe('2100-03-01');
  });

  it('encodes base32 as RFC 4648 section 10 test vectors', () => {
    const b = (s: string) => base32(Buffer.from(s, 'ascii'));
    expect(b('')).toBe('');
    expect(b('f')).toBe('MY');
    expect(b('fo')).toBe('MZXQ');
    expect(b('foo')).toBe('MZXW6');
    expect(b('foob')).toBe('MZXW6YQ');
    expect(b('fooba')).toBe('MZXW6YTB');
    expect(b('foobar')).toBe('MZXW6YTBOI');
  });

  it('reads a fingerprint however it was typed, and refuses what is not one', () => {
    const fp = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567';
    expect(normaliseFingerprint('abcd efgh ijkl mnop qrst uvwx yz23 4567')).toBe(fp);
    expect(normaliseFingerprint('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')).toBe(fp);
    expect(normaliseFingerprint('ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4560')).toBeNull(); // 0 is not base32
    expect(normaliseFingerprint('ABCD-EFGH')).toBeNull();
  });
});
