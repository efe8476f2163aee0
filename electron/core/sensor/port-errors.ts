/** Turns a serial open/read error into one sentence that tells staff what to do. */
export function describePortError(path: string, error: Error): string {
  const text = error.message;
  if (/ENOENT|No such file|cannot open/i.test(text)) {
    return `serial port ${path} not found: check the sensor's cable, or pass the right port with --sensor PATH`;
  }
  if (/EACCES|Permission denied/i.test(text)) {
    return `permission denied on ${path}: on Linux add yourself to the dialout group (sudo usermod -aG dialout $USER), then log in again`;
  }
  if (/EBUSY|lock|busy/i.test(text)) {
    return `serial port ${path} is busy: another program (a serial monitor, another kiosk) has it open`;
  }
  return `serial port ${path}: ${text}`;
}
