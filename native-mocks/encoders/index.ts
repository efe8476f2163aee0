// Every simulated protocol's encoder and start-up banner, by protocol id: what the default
// simulated board (native-mocks/firmware, createFirmware(protocol)) prints.
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { PROTOCOL_IDS } from '../../electron/core/sensor/protocol-ids.js';
import { createFirmware } from '../firmware/index.js';
import { encodeMi48Frame } from './mi48.js';
import type { FrameEncoder } from './types.js';

export interface SimulatedProtocol {
  encode: FrameEncoder;
  /** What the device prints on power-up before its first frame, if anything. */
  banner: string | null;
  /** Text protocols need garbage to end with a newline, or it merges with the next frame's line. */
  text: boolean;
}

function simulated(protocol: ProtocolId): SimulatedProtocol {
  const board = createFirmware(protocol);
  const boot = new TextDecoder('latin1').decode(board.bootBytes());
  return {
    // The MI48 model's frames depend on the camera's state (counter, NO_HEADER): use the
    // stateless encoder, which prints the frame a freshly started camera sends.
    encode: protocol === 'mi48' ? encodeMi48Frame : board.frameBytes,
    banner: boot === '' ? null : boot,
    text: board.text,
  };
}

export const SIMULATED = Object.fromEntries(
  PROTOCOL_IDS.map((protocol) => [protocol, simulated(protocol)]),
) as Record<ProtocolId, SimulatedProtocol>;
