// `kiosk sensor inspect`: open a port, detect or use the given protocol, print one line per frame
// and a final summary. For staff diagnostics and for tests.
import {
  baudOption,
  integer,
  number,
  parseStrict,
  protocolOption,
  UsageError,
} from '../../app/parse-helpers.js';
import { detectProtocol } from '../../core/sensor/auto-detect.js';
import type { ThermalFrame } from '../../core/sensor/frame.js';
import { closePort, openPort } from '../../core/sensor/open-port.js';
import { PROTOCOLS } from '../../core/sensor/protocols/index.js';

const SPEC = {
  port: { type: 'string' },
  protocol: { type: 'string' },
  baud: { type: 'string' },
  frames: { type: 'string' },
  seconds: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export async function sensorInspect(argv: string[]): Promise<number> {
  const values = parseStrict(argv, SPEC);
  if (!values.port)
    throw new UsageError(
      'sensor inspect needs --port PATH (`kiosk sensor list` shows the candidates)',
    );
  let protocol = protocolOption(values.protocol, true);
  let baud = baudOption(values.baud);
  const maxFrames =
    values.frames === undefined ? null : integer('frames', values.frames, 0, 1, 1e9);
  const seconds =
    values.seconds === undefined
      ? maxFrames === null
        ? 10
        : null
      : number('seconds', values.seconds, 0.1, 86_400);

  if (protocol === 'auto' || baud === 'auto') {
    const found = await detectProtocol(values.port, {
      protocols: protocol === 'auto' ? undefined : [protocol],
      bauds: baud === 'auto' ? undefined : [baud],
    });
    if (!found.ok) throw new Error(`${values.port}: ${found.reason}`);
    protocol = found.protocol;
    baud = found.baud;
    if (!values.json) console.log(`detected ${PROTOCOLS[protocol].label} at ${baud} baud`);
  }
  const port = await openPort(values.port, baud);
  const decoder = PROTOCOLS[protocol].createDecoder();
  const chosen = protocol;
  await new Promise<void>((resolve) => {
    const timer = seconds === null ? null : setTimeout(resolve, seconds * 1000);
    port.on('data', (chunk: Buffer) => {
      for (const frame of decoder.push(chunk)) {
        console.log(describe(frame, chosen, values.json ?? false));
        if (maxFrames !== null && decoder.stats.frames >= maxFrames) {
          if (timer) clearTimeout(timer);
          return resolve();
        }
      }
    });
    port.on('close', () => resolve());
  });
  await closePort(port);
  const s = decoder.stats;
  const summary = {
    summary: true,
    frames: s.frames,
    checksumErrors: s.checksumErrors,
    malformed: s.malformed,
    resyncs: s.resyncs,
    bytesDiscarded: s.bytesDiscarded,
    protocol,
    baud,
  };
  console.log(
    values.json
      ? JSON.stringify(summary)
      : `${s.frames} frames, ${s.checksumErrors} checksum errors, ${s.malformed} malformed, ${s.resyncs} resyncs, ${s.bytesDiscarded} bytes discarded (${protocol} at ${baud} baud)`,
  );
  if (s.frames === 0) {
    console.error(
      `kiosk: no valid frames from ${values.port} at ${baud} baud: is it the right port, protocol and baud rate?`,
    );
    return 1;
  }
  return 0;
}

function describe(frame: ThermalFrame, protocol: string, json: boolean): string {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of frame.pixels) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  const line = {
    protocol,
    width: frame.width,
    height: frame.height,
    ambient: frame.ambient,
    min: round(min),
    max: round(max),
    mean: round(sum / frame.pixels.length),
    seq: frame.seq,
  };
  if (json) return JSON.stringify(line);
  const ambient = line.ambient === null ? '' : `, sensor ${line.ambient.toFixed(2)} °C`;
  return `#${line.seq} ${line.width}×${line.height}: min ${line.min.toFixed(2)}, max ${line.max.toFixed(2)}, mean ${line.mean.toFixed(2)} °C${ambient}`;
}
