// Arduino's `Print` class, which every sketch's Serial.print/println goes through, emulated so the
// simulated boards print numbers exactly as the real cores do (Arduino AVR core Print.cpp
// printFloat/printNumber; the ESP32 and SAMD cores use the same code; Teensy's cores/teensy3
// Print.cpp differs only in computing the rounding term as `rounding *= 0.1`).
//
// The cores differ in arithmetic, and that shows in the last digit now and then:
// - 'avr': `double` is 32-bit float on AVR (Uno), so every step rounds to float32.
// - 'arm': ESP32/SAMD, 64-bit double, `rounding /= 10.0`.
// - 'teensy': 64-bit double, `rounding *= 0.1`.
// The sketches pass `float`s: the value is rounded to float32 before printing on every core.

export type ArduinoCore = 'avr' | 'arm' | 'teensy';

/** Arduino's constant: beyond ±4294967040 the integer part would not fit an unsigned long. */
const OVERFLOW = 4294967040;

/** `Serial.print(value, digits)` for a float, as Print::printFloat formats it. */
export function printFloat(value: number, digits = 2, core: ArduinoCore = 'arm'): string {
  // On AVR every double operation is a float operation; elsewhere doubles are exact enough.
  const f = core === 'avr' ? Math.fround : (x: number): number => x;
  let number = Math.fround(value);
  if (Number.isNaN(number)) return 'nan';
  if (!Number.isFinite(number)) return 'inf';
  if (number > OVERFLOW || number < -OVERFLOW) return 'ovf';
  let out = '';
  if (number < 0) {
    out += '-';
    number = -number;
  }
  let rounding = f(0.5);
  for (let i = 0; i < digits; i++) rounding = core === 'teensy' ? rounding * 0.1 : f(rounding / 10);
  number = f(number + rounding);
  const intPart = Math.trunc(number);
  let remainder = f(number - f(intPart));
  out += String(intPart);
  if (digits > 0) out += '.';
  for (let i = 0; i < digits; i++) {
    remainder = f(remainder * 10);
    const toPrint = Math.trunc(remainder);
    out += String(toPrint);
    remainder = f(remainder - toPrint);
  }
  return out;
}

/** `Serial.print(n)` for an integer (printNumber in base 10, a '-' first for negatives). */
export function printInt(value: number): string {
  return String(Math.trunc(value));
}

/** `Serial.print(n, HEX)`: upper case, no leading zeros, "0" for zero. */
export function printHex(value: number): string {
  return (value >>> 0).toString(16).toUpperCase();
}

/** What println() appends: Print::println writes "\r\n". */
export const CRLF = '\r\n';

/**
 * Collects what a sketch prints, call by call, in the sketch's own order; `bytes()` is what goes
 * down the wire. Arduino strings are bytes: the text is encoded one byte per character.
 */
export class SerialOutput {
  private text = '';

  constructor(readonly core: ArduinoCore) {}

  print(value: string): this {
    this.text += value;
    return this;
  }

  printFloat(value: number, digits = 2): this {
    return this.print(printFloat(value, digits, this.core));
  }

  printHex(value: number): this {
    return this.print(printHex(value));
  }

  println(value = ''): this {
    return this.print(value + CRLF);
  }

  bytes(): Uint8Array {
    return latin1(this.text);
  }
}

export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
