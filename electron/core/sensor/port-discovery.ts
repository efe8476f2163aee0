// Lists serial ports, known thermal-sensor USB bridges first. Pseudo-terminals are never listed
// (give their path by hand).
import { SerialPort } from 'serialport';

export interface CandidatePort {
  path: string;
  manufacturer: string | null;
  vendorId: string | null;
  productId: string | null;
  serialNumber: string | null;
  /** What the USB ids suggest, or null for an unknown device. */
  likely: string | null;
  /** Lower is more likely a thermal sensor. */
  rank: number;
}

interface KnownDevice {
  vendorId: string;
  productId?: string;
  likely: string;
  rank: number;
}

/** USB bridges that thermal sensor boards ship with. */
const KNOWN: readonly KnownDevice[] = [
  { vendorId: '0416', likely: 'Waveshare thermal camera (Meridian MI48)', rank: 0 },
  {
    vendorId: '1a86',
    likely: 'CH340/CH341 USB-serial (GY-MCU90640 / GY-MCU90614 modules)',
    rank: 1,
  },
  { vendorId: '10c4', likely: 'Silicon Labs CP210x USB-serial', rank: 2 },
  { vendorId: '0403', likely: 'FTDI USB-serial', rank: 2 },
  { vendorId: '0483', productId: '5740', likely: 'STM32 virtual COM port', rank: 3 },
  { vendorId: '2341', likely: 'Arduino (SparkFun/Adafruit sketches)', rank: 3 },
  { vendorId: '239a', likely: 'Adafruit board (Adafruit sketches)', rank: 3 },
  { vendorId: '1b4f', likely: 'SparkFun board (SparkFun sketches)', rank: 3 },
  { vendorId: '2e8a', likely: 'Raspberry Pi Pico (Arduino sketches)', rank: 3 },
];

export interface PortInfoLike {
  path: string;
  manufacturer?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
  serialNumber?: string | undefined;
}

export function rankPorts(ports: readonly PortInfoLike[]): CandidatePort[] {
  return ports
    .map((p) => {
      const vendorId = p.vendorId?.toLowerCase() ?? null;
      const productId = p.productId?.toLowerCase() ?? null;
      const known = KNOWN.find(
        (k) => k.vendorId === vendorId && (!k.productId || k.productId === productId),
      );
      return {
        path: p.path,
        manufacturer: p.manufacturer ?? null,
        vendorId,
        productId,
        serialNumber: p.serialNumber ?? null,
        likely: known?.likely ?? null,
        rank: known?.rank ?? (vendorId ? 5 : 9),
      };
    })
    .sort((a, b) => a.rank - b.rank || a.path.localeCompare(b.path));
}

export async function listCandidatePorts(): Promise<CandidatePort[]> {
  return rankPorts(await SerialPort.list());
}
