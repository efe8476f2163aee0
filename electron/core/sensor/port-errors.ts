/** Turns a serial open/read error into one sentence that tells staff what to do. */
export function describePortError(path: string, error: Error): string {
  const text = error.message;
  // serialport words these "<reason>, cannot open <path>": match the reason, not the suffix.
  if (/EACCES|Permission denied/i.test(text)) {
    return `permission denied on ${path}: on Linux add yourself to the dialout group (sudo usermod -aG dialout $USER), then log in again`;
  }
  if (/EBUSY|Cannot lock port|Resource temporarily unavailable|busy/i.test(text)) {
    return `serial port ${path} is busy: another program (a serial monitor, another kiosk) has it open`;
  }
  if (/ENOENT|No such file|File not found/i.test(text)) {
    return `serial port ${path} not found: check the sensor's cable, or pass the right port (\`kiosk sensor list\` shows the candidates)`;
  }
  return `serial port ${path}: ${text}`;
}
