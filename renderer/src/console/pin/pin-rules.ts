// The PIN rules the kiosk applies (4 to 8 digits), checked before sending so staff see what is
// wrong next to the field, in their language.

export const PIN_MAX_LENGTH = 8;
const PIN_FORMAT = /^\d{4,8}$/;

export function isPinFormat(pin: string): boolean {
  return PIN_FORMAT.test(pin);
}

/** Keeps only digits, up to the longest PIN: the keypad and typing both go through it. */
export function pinDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH);
}

export interface NewPinProblems {
  pin?: 'format';
  confirm?: 'mismatch';
}

/** A new PIN typed twice: its format first, then whether the two agree. */
export function checkNewPin(pin: string, confirm: string): NewPinProblems {
  if (!isPinFormat(pin)) return { pin: 'format' };
  if (pin !== confirm) return { confirm: 'mismatch' };
  return {};
}
