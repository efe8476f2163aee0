// USB ids of the thermal sensors and of the boards and bridges their firmware runs on, with what
// each suggests: `sensor list` ranks ports by them and each protocol's device facts list theirs.
import type { ProtocolId } from '../protocol-ids.js';

export interface KnownUsbId {
  vendorId: string;
  /** Only this product; a product match wins over a vendor-wide entry. */
  productId?: string;
  likely: string;
  /** Lower is more likely a thermal sensor (`sensor list` sorts by it). */
  rank: number;
  /** The protocols whose devices or sketches show up with this id. */
  protocols: readonly ProtocolId[];
}

/** The Arduino sketches, and those plus the GY modules (which share the bridges). */
const SKETCHES: readonly ProtocolId[] = [
  'sparkfun-mlx90640',
  'adafruit-mlx90640',
  'adafruit-amg88xx',
];
const MODULES_AND_SKETCHES: readonly ProtocolId[] = ['gy-mcu90640', 'gy-mcu90614', ...SKETCHES];

const MLX_SKETCHES = 'SparkFun/Adafruit MLX90640 or Adafruit AMG88xx sketch';

/** USB ids of the boards and bridges the supported sensors and sketches ship on. */
export const USB_IDS: readonly KnownUsbId[] = [
  {
    vendorId: '0416',
    productId: 'b002',
    likely: 'Meridian MI48 evaluation kit (mi48)',
    rank: 0,
    protocols: ['mi48'],
  },
  {
    vendorId: '0416',
    productId: 'b020',
    likely: 'Meridian MI48 XPRO board (mi48)',
    rank: 0,
    protocols: ['mi48'],
  },
  {
    vendorId: '0416',
    productId: '9393',
    likely: 'Waveshare thermal camera / MI48 XCAM (mi48)',
    rank: 0,
    protocols: ['mi48'],
  },
  // 0x0416 is Winbond/Nuvoton's, so another product of theirs is only perhaps a thermal camera.
  {
    vendorId: '0416',
    likely: 'Waveshare thermal camera (Meridian MI48), or another Nuvoton device (mi48)',
    rank: 1,
    protocols: ['mi48'],
  },
  {
    vendorId: '1a86',
    productId: '55d4',
    likely: `WCH CH9102 USB-serial (GY-MCU90640 module, or an ESP32 board with the ${MLX_SKETCHES})`,
    rank: 1,
    protocols: MODULES_AND_SKETCHES,
  },
  {
    vendorId: '1a86',
    likely: 'CH340/CH341 USB-serial (GY-MCU90640 / GY-MCU90614 modules, Arduino Nano clones)',
    rank: 1,
    protocols: MODULES_AND_SKETCHES,
  },
  {
    vendorId: '10c4',
    likely: `Silicon Labs CP210x USB-serial (GY-MCU90640 / GY-MCU90614 modules, ESP32 boards with the ${MLX_SKETCHES})`,
    rank: 2,
    protocols: MODULES_AND_SKETCHES,
  },
  {
    vendorId: '0403',
    likely: 'FTDI USB-serial (GY-MCU90640 / GY-MCU90614 modules on a USB-TTL adapter)',
    rank: 2,
    protocols: MODULES_AND_SKETCHES,
  },
  {
    vendorId: '16c0',
    productId: '0483',
    likely: 'Teensy USB serial (SparkFun MLX90640 example sketch)',
    rank: 3,
    protocols: ['sparkfun-mlx90640'],
  },
  // 0x16C0 is a shared vendor id: a Teensy in another USB mode, or an unrelated V-USB gadget.
  {
    vendorId: '16c0',
    likely: 'PJRC Teensy in another USB mode, or a V-USB device',
    rank: 4,
    protocols: ['sparkfun-mlx90640'],
  },
  {
    vendorId: '303a',
    likely: `Espressif ESP32 native USB (${MLX_SKETCHES})`,
    rank: 3,
    protocols: SKETCHES,
  },
  {
    vendorId: '2341',
    likely: `Arduino board (${MLX_SKETCHES})`,
    rank: 3,
    protocols: SKETCHES,
  },
  {
    vendorId: '2a03',
    likely: `Arduino.org / Arduino clone board (${MLX_SKETCHES})`,
    rank: 3,
    protocols: SKETCHES,
  },
  {
    vendorId: '239a',
    likely: 'Adafruit board (Adafruit MLX90640 or AMG88xx sketch)',
    rank: 3,
    protocols: ['adafruit-mlx90640', 'adafruit-amg88xx'],
  },
  {
    vendorId: '1b4f',
    likely: 'SparkFun board (SparkFun MLX90640 example sketch)',
    rank: 3,
    protocols: ['sparkfun-mlx90640'],
  },
  {
    vendorId: '2886',
    likely: `Seeed board, e.g. XIAO or Wio (${MLX_SKETCHES})`,
    rank: 3,
    protocols: SKETCHES,
  },
  {
    vendorId: '2e8a',
    likely: `Raspberry Pi Pico / RP2040 (${MLX_SKETCHES})`,
    rank: 3,
    protocols: SKETCHES,
  },
  {
    vendorId: '0483',
    productId: '5740',
    likely: 'STM32 virtual COM port',
    rank: 3,
    protocols: ['gy-mcu90640', 'gy-mcu90614'],
  },
];

/** The USB ids a protocol's devices (or the boards its sketches run on) show up with. */
export function usbIdsOf(protocol: ProtocolId): KnownUsbId[] {
  return USB_IDS.filter((id) => id.protocols.includes(protocol));
}
