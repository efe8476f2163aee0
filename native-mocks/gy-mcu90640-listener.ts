// The simulated GY-MCU90640's command input: follows frame-rate commands from the kiosk.
import {
  GY90640_COMMAND_BYTES,
  parseGy90640Commands,
} from '../electron/core/sensor/protocols/gy-mcu90640/commands.js';

export class Gy90640CommandListener {
  private pending = new Uint8Array(0);

  constructor(private readonly onRate: (hz: number) => void) {}

  push(chunk: Uint8Array): void {
    const bytes = new Uint8Array(this.pending.length + chunk.length);
    bytes.set(this.pending);
    bytes.set(chunk, this.pending.length);
    for (const command of parseGy90640Commands(bytes)) {
      if (command.kind === 'frameRate') this.onRate(command.hz);
    }
    // A command may straddle two writes: keep a possible beginning of one.
    this.pending = bytes.slice(Math.max(0, bytes.length - (GY90640_COMMAND_BYTES - 1)));
  }
}
