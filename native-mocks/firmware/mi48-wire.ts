// The MI48's message framing in both directions, from the vendor hosts' encoders and parsers
// (MeridianInnovation/pysenxor-lite senxor/interface/serial_port/parser.py, senxor-js
// packages/web-serial/src/parser.ts, littlehhj0/pysenxor-master senxor/interfaces.py):
//
//   "   #" | LENGTH: 4 hex (CMD + DATA + CHECKSUM) | CMD: 4 letters | DATA | CHECKSUM: 4 hex
//
// CHECKSUM = (sum of the bytes of LENGTH, CMD and DATA) & 0xFFFF, upper-case hex. Every host
// sends the literal "XXXX" instead of a checksum on its commands, so the camera must accept it;
// we also accept a correct checksum and ignore a wrong one (no host sends either, so what the
// firmware does with them is unknown). The old pysenxor pads RREG with extra X's
// ("   #000CRREGB1XXXXXX"): LENGTH covers them, so DATA is "B1XX" and only its first two hex
// digits name the register.

export const MI48_PREFIX = '   #';
const NO_CHECKSUM = 'XXXX';
/** Host commands are short; a LENGTH beyond this is noise, not a command. */
const MAX_COMMAND_LENGTH = 0x200;

export function hex2(value: number): string {
  return (value & 0xff).toString(16).toUpperCase().padStart(2, '0');
}

export function hex4(value: number): string {
  return (value & 0xffff).toString(16).toUpperCase().padStart(4, '0');
}

function byteSum(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i) & 0xff;
  return sum & 0xffff;
}

/** A camera reply with ASCII DATA: `mi48Reply('WREG', '')` is "   #0008WREG01FD". */
export function mi48Reply(command: string, data: string): Uint8Array {
  const length = hex4(command.length + data.length + 4);
  const text = MI48_PREFIX + length + command + data;
  const full = text + hex4(byteSum(length + command + data));
  return Uint8Array.from(full, (c) => c.charCodeAt(0));
}

export interface HostCommand {
  command: string;
  /** DATA as ASCII (register numbers and values in hex). */
  data: string;
}

/** Splits what the host writes into commands; holds a command that has not fully arrived. */
export class HostCommandReader {
  private buffer = '';
  /** Messages dropped for a wrong checksum or a malformed LENGTH. */
  rejected = 0;

  push(bytes: Uint8Array): HostCommand[] {
    for (const byte of bytes) this.buffer += String.fromCharCode(byte);
    const commands: HostCommand[] = [];
    for (;;) {
      const start = this.buffer.indexOf(MI48_PREFIX);
      if (start < 0) {
        // Keep what could be the beginning of a prefix split across two writes.
        this.buffer = this.buffer.slice(-(MI48_PREFIX.length - 1));
        return commands;
      }
      this.buffer = this.buffer.slice(start);
      if (this.buffer.length < 8) return commands;
      const lengthField = this.buffer.slice(4, 8);
      const length = /^[0-9A-Fa-f]{4}$/.test(lengthField) ? parseInt(lengthField, 16) : -1;
      if (length < 8 || length > MAX_COMMAND_LENGTH) {
        this.rejected++;
        this.buffer = this.buffer.slice(MI48_PREFIX.length);
        continue;
      }
      if (this.buffer.length < 8 + length) return commands;
      const body = this.buffer.slice(8, 8 + length);
      this.buffer = this.buffer.slice(8 + length);
      const command = body.slice(0, 4);
      const data = body.slice(4, length - 4);
      const checksum = body.slice(length - 4).toUpperCase();
      if (checksum !== NO_CHECKSUM && checksum !== hex4(byteSum(lengthField + command + data))) {
        this.rejected++;
        continue;
      }
      commands.push({ command, data });
    }
  }
}
