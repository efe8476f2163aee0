// Arduino's Print formatting, worked out by hand from Print::printFloat (add 0.5·10^-digits,
// truncate, peel digits) on the float each sketch passes.
import { describe, expect, it } from 'vitest';
import { printFloat, printHex, printInt } from '../../native-mocks/firmware/index.js';

describe('printFloat (Serial.print(float, digits))', () => {
  it.each([
    // value, digits, printed
    [22.15, 2, '22.15'],
    [29.47, 2, '29.47'],
    [1.999, 2, '2.00'], // Arduino's own example: rounding carries into the integer part
    [36.6, 1, '36.6'],
    [12.25, 1, '12.3'],
    [-3.456, 2, '-3.46'],
    [25, 2, '25.00'],
    [0, 2, '0.00'],
    [2.5, 0, '3'], // no decimal point without digits
  ])('prints %s with %i digits as %s', (value, digits, printed) => {
    for (const core of ['avr', 'arm', 'teensy'] as const) {
      expect(printFloat(value, digits, core)).toBe(printed);
    }
  });

  it('prints the minus sign before rounding: -0.001 is "-0.00"', () => {
    expect(printFloat(-0.001, 2)).toBe('-0.00');
    // -0 is not below 0: no sign.
    expect(printFloat(-0, 2)).toBe('0.00');
  });

  it('prints nan, inf (both signs) and ovf beyond ±4294967040', () => {
    expect(printFloat(Number.NaN)).toBe('nan');
    expect(printFloat(Number.POSITIVE_INFINITY)).toBe('inf');
    expect(printFloat(Number.NEGATIVE_INFINITY)).toBe('inf');
    expect(printFloat(5e9)).toBe('ovf');
    expect(printFloat(-5e9)).toBe('ovf');
    expect(printFloat(4294967040, 2, 'arm')).toBe('4294967040.00');
  });

  it('defaults to 2 digits', () => {
    expect(printFloat(23.25)).toBe('23.25');
  });

  it("shows AVR's 32-bit double where it differs: 0.125 prints 0.12 on an Uno, 0.13 elsewhere", () => {
    // On AVR 0.125f + 0.005f rounds to the float 0.12999999523, whose second digit is 2.
    expect(printFloat(0.125, 2, 'avr')).toBe('0.12');
    expect(printFloat(0.125, 2, 'arm')).toBe('0.13');
    expect(printFloat(0.125, 2, 'teensy')).toBe('0.13');
  });
});

describe('print(int) and print(x, HEX)', () => {
  it('prints integers in base 10', () => {
    expect(printInt(-42)).toBe('-42');
    expect(printInt(0)).toBe('0');
  });

  it('prints HEX in upper case without leading zeros', () => {
    expect(printHex(0x2c4b)).toBe('2C4B');
    expect(printHex(0x0e3f)).toBe('E3F');
    expect(printHex(0)).toBe('0');
  });
});
