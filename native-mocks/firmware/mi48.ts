// The Waveshare thermal camera / Meridian MI48 (SenXor 80×62) as a board: USB CDC (native USB,
// no reset on open, nothing printed at power-up), silent until the host starts it, then ~9 GFRA
// frames per second. The command handling is the camera's (mi48-camera.ts).
import { Mi48Camera } from './mi48-camera.js';
import { SILENT_POWER_UP } from './pace.js';
import type { FirmwareFault, FirmwareModel, LoopTiming } from './types.js';

/** ~9 frames per second at FRAME_RATE 0 (the hosts' and Waveshare's stated rate). */
export const MI48_MAX_RATE_PERIOD_MS = 1000 / 9;

export function mi48(faults: ReadonlySet<FirmwareFault>, seed: number): FirmwareModel {
  const camera = new Mi48Camera({
    noAck: faults.has('no-ack'),
    shortBody: faults.has('short-body'),
    alreadyStreaming: faults.has('already-streaming'),
    seed,
  });
  const loop: LoopTiming = { kind: 'periodic', periodMs: MI48_MAX_RATE_PERIOD_MS };
  return {
    protocol: 'mi48',
    firmware: 'Meridian MI48 camera firmware (silent until the host writes FRAME_MODE)',
    board: 'the camera itself (USB CDC, no reset on open)',
    ...SILENT_POWER_UP,
    frameBytes: (image) => camera.frameBytes(image),
    periodMs: MI48_MAX_RATE_PERIOD_MS,
    lineBytesPerS: null,
    loop,
    text: false,
    camera,
  };
}
