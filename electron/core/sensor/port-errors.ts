// Serial-port failures in words: one sentence for whoever typed the port (`sensor inspect`, the
// link's own status), and the kiosk's wording for staff, which leads with what to do.

/** What staff read first whenever the kiosk has no sensor to read, whatever the cause. */
export const SENSOR_NOT_CONNECTED =
  'sensor not connected: plug it in or choose it in the staff console';

/** The staff's sentence: what to do, then the concrete cause in brackets. */
export function sensorNotConnected(cause: string): string {
  return `${SENSOR_NOT_CONNECTED} (${cause})`;
}

/** Turns a serial open/read error into one sentence that says what to do (to whoever chose the
 * port: `sensor inspect`, the link's own status). */
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

// The sentences above, recognised again. The link supervisor reports describePortError's text as
// its lastError (and its tests rely on that wording), so the kiosk rewords it for staff here, next
// to the code that wrote it, rather than every caller matching on fragments of it.
const STAFF_WORDING: ReadonlyArray<[RegExp, (path: string, rest: string) => string]> = [
  [
    /^permission denied on (.+?): on Linux add yourself to the dialout group/,
    (path) =>
      `permission denied on ${path}: on Linux add the kiosk's user to the dialout group with sudo usermod -aG dialout $USER, then log in again`,
  ],
  [
    /^serial port (.+?) is busy: /,
    (path) => `${path} is busy: another program has it open (a serial monitor, another kiosk)`,
  ],
  [/^serial port (.+?) not found: /, (path) => `${path} not found: check the cable and the port`],
  [/^serial port (.+?): (.*)$/s, (path, rest) => `${path}: ${rest}`],
];

/**
 * The link's lastError as staff read it: a port that cannot be opened reads "sensor not
 * connected: plug it in or choose it in the staff console (<cause>)". Anything else (a stream
 * that stalls, data in an unknown format…) is already its own sentence and stays as it is.
 */
export function staffSensorError(lastError: string | null): string | null {
  if (lastError === null || lastError.startsWith(SENSOR_NOT_CONNECTED)) return lastError;
  for (const [pattern, word] of STAFF_WORDING) {
    const match = pattern.exec(lastError);
    if (match) return sensorNotConnected(word(match[1]!, match[2] ?? ''));
  }
  return lastError;
}
