import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../electron/core/staff/pin-hash.js';

describe('PIN hashing', () => {
  it('stores scrypt with its parameters and a salt, never the PIN', () => {
    const stored = hashPin('482913');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(stored).not.toContain('482913');
    const [, , , , salt, hash] = stored.split('$');
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(32);
  });

  it('salts every hash: the same PIN hashes differently each time', () => {
    expect(hashPin('1234')).not.toBe(hashPin('1234'));
  });

  it('verifies the right PIN and refuses others', () => {
    const stored = hashPin('1234');
    expect(verifyPin('1234', stored)).toBe(true);
    expect(verifyPin('1235', stored)).toBe(false);
    expect(verifyPin('12345', stored)).toBe(false);
    expect(verifyPin('', stored)).toBe(false);
  });

  it('reads the parameters from the record, so older or newer costs still verify', () => {
    const stored = hashPin('2468');
    const parts = stored.split('$');
    // A tampered cost no longer reproduces the hash: the parameters really are used.
    expect(verifyPin('2468', ['scrypt', '1024', ...parts.slice(2)].join('$'))).toBe(false);
  });

  it('treats a malformed record as no match and never throws', () => {
    const good = hashPin('1234').split('$');
    const malformed = [
      '',
      '1234',
      'scrypt',
      'bcrypt$16384$8$1$c2FsdA==$aGFzaA==',
      'scrypt$16384$8$1$c2FsdA==',
      'scrypt$abc$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==',
      'scrypt$1000$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==',
      'scrypt$1073741824$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==',
      [...good.slice(0, 5), ''].join('$'),
      [...good.slice(0, 4), '', good[5]].join('$'),
      [...good, 'extra'].join('$'),
    ];
    for (const stored of malformed) expect(verifyPin('1234', stored), stored).toBe(false);
  });
});
