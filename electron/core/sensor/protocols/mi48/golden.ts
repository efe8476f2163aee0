// MI48 replies as Meridian's host libraries parse them. The acknowledgement and register-read
// vectors are pysenxor-lite's own tests (tests/senxor/test_interface/test_serial_parser.py:
// `   #0008WREG01FD`, `   #000ARREG010262`). The frames follow its parser's layout (GFRA: 160
// reserved bytes, 160 header bytes, 4960 pixels, uint16 LE deci-kelvin) with checksums and the
// header CRC (CRC-16/CCITT-FALSE, pysenxor senxor/mi48.py) worked out outside this project
// (Python, crcmod's definition): pixel CRC 0x9D8C, message checksum 0x58F2.
import { ascii, concat, le16, type GoldenVector } from '../../golden-vector.js';

const PARSER_TESTS =
  'MeridianInnovation/pysenxor-lite:tests/senxor/test_interface/test_serial_parser.py';
const LAYOUT =
  'MeridianInnovation/pysenxor-lite:senxor/interface/serial_port/parser.py (GFRA layout), littlehhj0/pysenxor-master@21a2eef:senxor/mi48.py (header words, CRC)';

/** Header: frame 1, VDD 3.3000 V, die 300.00 K, timestamp 0x00012345, max = min = 298.1 K. */
function gfra(pixel0: number, checksum: string): Uint8Array {
  const header = [
    1,
    33000,
    30000,
    0x2345,
    0x0001,
    2981,
    2981,
    0x9d8c,
    ...new Array<number>(72).fill(0),
  ];
  const pixels = new Array<number>(4960).fill(2981);
  pixels[0] = pixel0;
  return concat(
    ascii('   #2808GFRA'),
    new Uint8Array(160),
    le16(header),
    le16(pixels),
    ascii(checksum),
  );
}

const FRAME = gfra(2981, '58F2');
const WREG_ACK = ascii('   #0008WREG01FD');

export const GOLDEN: readonly GoldenVector[] = [
  {
    name: 'a write acknowledgement and a register read: replies, not frames',
    source: PARSER_TESTS,
    bytes: concat(WREG_ACK, ascii('   #000ARREG010262')),
    frames: [],
    stats: { frames: 0, checksumErrors: 0, malformed: 0 },
  },
  {
    name: 'a frame with its header: 24.95 °C everywhere, die 26.85 °C, CRC matches',
    source: LAYOUT,
    bytes: FRAME,
    frames: [{ width: 80, height: 62, pixels: [[0, 24.95]], others: 24.95, ambient: 26.85 }],
    stats: { frames: 1, checksumErrors: 0 },
  },
  {
    name: "a pixel that does not match the header's CRC (the message checksum does): dropped",
    source: LAYOUT,
    bytes: gfra(2982, '58F3'),
    frames: [],
    stats: { frames: 0, checksumErrors: 1 },
  },
  {
    name: 'the short-body firmware bug: a frame 100 bytes short, an ack, a whole frame',
    source: `${LAYOUT}; pysenxor-lite senxor/_interface/parser.py: "the gfra data is shorter than expected, so the msg_body includes the next msg"`,
    bytes: concat(FRAME.subarray(0, FRAME.length - 100), WREG_ACK, FRAME),
    frames: [{ width: 80, height: 62, pixels: [[0, 24.95]], others: 24.95, ambient: 26.85 }],
    stats: { frames: 1 },
  },
];
