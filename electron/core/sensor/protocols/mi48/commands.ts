// What a host sends an MI48: `   #` + LENGTH (4 hex: CMD + DATA + checksum) + CMD + DATA +
// checksum. Every vendor host sends the literal "XXXX" instead of computing the checksum
// (pysenxor-lite senxor/interface/serial_port/parser.py `SenxorCmdEncoder`: "For write command, do
// not need checksum, use 'XXXX' instead"; senxor-js packages/web-serial/src/parser.ts), so the
// kiosk does the same: it is what the firmware is known to accept.

/** FRAME_MODE: bit 0 single frame, bit 1 continuous stream, bit 5 no header. */
export const MI48_FRAME_MODE = 0xb1;
export const MI48_CONTINUOUS_STREAM = 0x02;

const ascii = new TextEncoder();

function hex2(value: number): string {
  return value.toString(16).toUpperCase().padStart(2, '0');
}

export function mi48HostCommand(command: 'RREG' | 'WREG', data: string): Uint8Array {
  const length = (command.length + data.length + 4).toString(16).toUpperCase().padStart(4, '0');
  return ascii.encode(`   #${length}${command}${data}XXXX`);
}

/** `   #000CWREGB102XXXX`: stream continuously, with the header (and its CRC and die temperature). */
export const MI48_START = mi48HostCommand(
  'WREG',
  hex2(MI48_FRAME_MODE) + hex2(MI48_CONTINUOUS_STREAM),
);
/** `   #000CWREGB100XXXX`: stop streaming. */
export const MI48_STOP = mi48HostCommand('WREG', hex2(MI48_FRAME_MODE) + hex2(0));
/** `   #000ARREGB1XXXX`: read FRAME_MODE; any MI48 answers it, streaming or not. */
export const MI48_PROBE = mi48HostCommand('RREG', hex2(MI48_FRAME_MODE));
