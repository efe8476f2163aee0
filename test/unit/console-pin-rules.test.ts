// The PIN rules the console checks before sending: 4 to 8 digits, typed the same twice.
import { describe, expect, it } from 'vitest';
import { PinSchema } from '../../electron/contract/staff.js';
import { checkNewPin, isPinFormat, pinDigits } from '../../renderer/src/console/pin/pin-rules.js';

describe('console PIN rules', () => {
  it('agree with the contract on what a PIN is', () => {
    for (const pin of ['', '123', '1234', '12345678', '123456789', '12a4', ' 1234', '١٢٣٤']) {
      expect(isPinFormat(pin), pin).toBe(PinSchema.safeParse(pin).success);
    }
  });

  it('keep only digits, up to eight', () => {
    expect(pinDigits('12 3-4')).toBe('1234');
    expect(pinDigits('1234567890')).toBe('12345678');
  });

  it('check the format first, then that both entries match', () => {
    expect(checkNewPin('12', '12')).toEqual({ pin: 'format' });
    expect(checkNewPin('1234', '1235')).toEqual({ confirm: 'mismatch' });
    expect(checkNewPin('1234', '1234')).toEqual({});
  });
});
