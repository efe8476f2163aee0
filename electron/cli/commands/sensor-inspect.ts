// `kiosk sensor inspect`: open a port once, detect (or use the given) protocol at the firmware's
// real pace, start the device if it needs starting (MI48), print one line per frame and a final
// summary. While nothing has arrived it keeps listening for the whole --seconds and says so.
import type { SerialPort } from 'serialport';
import {
  baudOption,
  flagOptions,
  integer,
  number,
  parseStrict,
  protocolOption,
  UsageError,
  valueOptions,
} from '../../app/parse-helpers.js';
import { detectProtocol } from '../../core/sensor/auto-detect.js';
import type { FrameDecoder } from '../../core/sensor/decoder.js';
import { createDriver } from '../../core/sensor/device-driver.js';
import type { ThermalFrame } from '../../core/sensor/frame.js';
import { closePort, openPort } from '../../core/sensor/open-port.js';
import { PROTOCOLS } from '../../core/sensor/protocols/index.js';

const SPEC = {
  ...valueOptions('port', 'protocol', 'baud', 'frames', 'seconds'),
  ...flagOptions('json'),
} as const;

/** How often the wait is reported while no frame has arrived. */
const PROGRESS_EVERY_MS = 2000;

export async function sensorInspect(argv: string[]): Promise<number> {
  const values = parseStrict(argv, SPEC);
  if (!values.port)
    throw new UsageError(
      'sensor inspect needs --port PATH (`kiosk sensor list` shows the candidates)',
    );
  const path = values.port;
  const protocolChoice = protocolOption(values.protocol, true);
  const baudChoice = baudOption(values.baud);
  const maxFrames =
    values.frames === undefined ? null : integer('frames', values.frames, 0, 1, 1e9);
  const seconds =
    values.seconds === undefined
      ? maxFrames === null
        ? 10
        : 60
      : number('seconds', values.seconds, 0.1, 86_400);
  const json = values.json ?? false;
  const startedAt = Date.now();
  const deadline = startedAt + seconds * 1000;
  const progress = (reason: string): void =>
    console.error(`kiosk: listening on ${path} (${seconds} s in all): ${reason}`);

  let port: SerialPort;
  let decoder: FrameDecoder;
  let baud: number;
  let early: ThermalFrame[] = [];
  if (protocolChoice === 'auto' || baudChoice === 'auto') {
    const found = await detectProtocol(path, {
      protocols: protocolChoice === 'auto' ? undefined : [protocolChoice],
      bauds: baudChoice === 'auto' ? undefined : [baudChoice],
      deadlineMs: seconds * 1000,
      onProgress: progress,
      progressEveryMs: PROGRESS_EVERY_MS,
    });
    if (!found.ok) {
      await closePort(found.port);
      console.error(`kiosk: ${path}: ${found.reason}`);
      return 1;
    }
    ({ port, decoder, baud } = found);
    early = found.frames;
    if (!json) {
      const took = ((Date.now() - startedAt) / 1000).toFixed(1);
      console.log(`detected ${PROTOCOLS[found.protocol].label} at ${baud} baud in ${took} s`);
    }
  } else {
    baud = baudChoice;
    port = await openPort(path, baud);
    decoder = PROTOCOLS[protocolChoice].createDecoder();
  }
  const protocol = decoder.protocol;
  const driver = createDriver(decoder, {
    baud,
    write: (bytes) =>
      new Promise((resolve, reject) =>
        port.write(Buffer.from(bytes), (e) => (e ? reject(e) : resolve())),
      ),
  });

  let shown = 0;
  await new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(ticker);
      resolve();
    };
    const show = (frame: ThermalFrame): void => {
      if (done) return;
      shown++;
      console.log(describe(frame, protocol, json));
      if (maxFrames !== null && shown >= maxFrames) finish();
    };
    const timer = setTimeout(finish, Math.max(0, deadline - Date.now()));
    const ticker = setInterval(() => {
      if (decoder.stats.frames > 0) return;
      const notice = decoder.notice;
      const waited = ((Date.now() - startedAt) / 1000).toFixed(0);
      progress(
        notice
          ? `after ${waited} s the sensor said "${notice.line.trim()}": ${notice.message}`
          : `no frame yet after ${waited} s (${PROTOCOLS[protocol].label} at ${baud} baud)`,
      );
    }, PROGRESS_EVERY_MS);
    port.on('data', (chunk: Buffer) => {
      for (const frame of decoder.push(chunk)) show(frame);
    });
    port.on('close', finish);
    for (const frame of early) show(frame);
    void driver.start().then((problem) => {
      if (problem) console.error(`kiosk: ${path}: ${problem}`);
    });
  });
  await driver.stop().catch(() => undefined);
  await closePort(port);
  const s = decoder.stats;
  const summary = {
    summary: true,
    // The frames shown: a last chunk may have held more than --frames asked for.
    frames: shown,
    checksumErrors: s.checksumErrors,
    malformed: s.malformed,
    resyncs: s.resyncs,
    bytesDiscarded: s.bytesDiscarded,
    repairedPixels: s.repairedPixels,
    protocol,
    baud,
    notice: decoder.notice,
  };
  console.log(
    json
      ? JSON.stringify(summary)
      : `${shown} frames, ${s.checksumErrors} checksum errors, ${s.malformed} malformed, ${s.resyncs} resyncs, ${s.bytesDiscarded} bytes discarded, ${s.repairedPixels} pixels repaired (${protocol} at ${baud} baud)`,
  );
  if (shown === 0) {
    const notice = decoder.notice;
    console.error(
      notice
        ? `kiosk: no frames from ${path}: the sensor said "${notice.line.trim()}": ${notice.message}`
        : `kiosk: no valid frames from ${path} at ${baud} baud in ${seconds} s: is it the right port, protocol and baud rate?`,
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
  // Every supported sensor reports its die (chip) temperature, which runs above the room.
  const die = line.ambient === null ? '' : `, sensor die ${line.ambient.toFixed(2)} °C`;
  return `#${line.seq} ${line.width}×${line.height}: min ${line.min.toFixed(2)}, max ${line.max.toFixed(2)}, mean ${line.mean.toFixed(2)} °C${die}`;
}
