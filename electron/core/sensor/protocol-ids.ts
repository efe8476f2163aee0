/** Every wire protocol the kiosk reads (see DESIGN.md and each decoder file). */
export const PROTOCOL_IDS = [
  'gy-mcu90640',
  'gy-mcu90614',
  'sparkfun-mlx90640',
  'adafruit-mlx90640',
  'adafruit-amg88xx',
  'mi48',
] as const;
export type ProtocolId = (typeof PROTOCOL_IDS)[number];
