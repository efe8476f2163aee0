// Lists serial ports, the boards thermal sensors and their sketches run on first. Pseudo-terminals
// are never listed (give their path by hand). When the system cannot be asked (on Linux
// SerialPort.list() runs udevadm, which containers and minimal installs lack), the device files
// that exist are listed instead, so a sensor can still be found and chosen.
import { readdir, readFile, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SerialPort } from 'serialport';
import { USB_IDS, type KnownUsbId } from './protocols/usb-ids.js';

export interface CandidatePort {
  path: string;
  manufacturer: string | null;
  vendorId: string | null;
  productId: string | null;
  serialNumber: string | null;
  /** What the USB ids suggest (board, and the sketch or sensor it points to), or null. */
  likely: string | null;
  /** Lower is more likely a thermal sensor. */
  rank: number;
}

/** Unknown USB devices, then device files without USB ids, then the machine's own UARTs. */
const RANK_UNKNOWN_USB = 5;
const RANK_NO_IDS = 7;
const RANK_ONBOARD_UART = 9;

export interface PortInfoLike {
  path: string;
  manufacturer?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
  serialNumber?: string | undefined;
}

function known(vendorId: string | null, productId: string | null): KnownUsbId | undefined {
  const ofVendor = USB_IDS.filter((k) => k.vendorId === vendorId);
  return ofVendor.find((k) => k.productId === productId) ?? ofVendor.find((k) => !k.productId);
}

export function rankPorts(ports: readonly PortInfoLike[]): CandidatePort[] {
  return ports
    .map((p) => {
      const vendorId = p.vendorId?.toLowerCase() ?? null;
      const productId = p.productId?.toLowerCase() ?? null;
      const device = known(vendorId, productId);
      const fallbackRank = vendorId
        ? RANK_UNKNOWN_USB
        : /\/ttyS\d+$/.test(p.path)
          ? RANK_ONBOARD_UART
          : RANK_NO_IDS;
      return {
        path: p.path,
        manufacturer: p.manufacturer ?? null,
        vendorId,
        productId,
        serialNumber: p.serialNumber ?? null,
        likely: device?.likely ?? null,
        rank: device?.rank ?? fallbackRank,
      };
    })
    .sort((a, b) => a.rank - b.rank || a.path.localeCompare(b.path));
}

export interface PortListing {
  ports: CandidatePort[];
  /** Why only device files are listed (the system could not be asked), or null. */
  fallback: string | null;
}

export interface DiscoveryOptions {
  /** The system's list (default: SerialPort.list(), which runs udevadm on Linux). */
  list?: () => Promise<PortInfoLike[]>;
  /** Where the device files and sysfs are (tests point these at a temporary tree). */
  devDir?: string;
  sysDir?: string;
}

/** The ports, ranked; never rejects. */
export async function discoverPorts(options: DiscoveryOptions = {}): Promise<PortListing> {
  const list = options.list ?? (() => SerialPort.list());
  try {
    return { ports: rankPorts(await list()), fallback: null };
  } catch (error) {
    const files = await deviceFilePorts(options.devDir ?? '/dev', options.sysDir ?? '/sys');
    return {
      ports: rankPorts(files),
      fallback: `could not ask the system for USB details (${whyListFailed(error)}): listing device files only`,
    };
  }
}

export async function listCandidatePorts(options?: DiscoveryOptions): Promise<CandidatePort[]> {
  return (await discoverPorts(options)).ports;
}

function whyListFailed(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /spawn udevadm ENOENT/.test(message) ? 'udevadm missing' : message;
}

/** USB serial adapters and boards; the Raspberry Pi's UART. */
const USB_SERIAL = /^(ttyUSB|ttyACM|ttyAMA)\d+$/;
const ONBOARD_UART = /^ttyS\d+$/;

/**
 * The serial device files that exist, with USB ids read from sysfs where it has them: every device
 * udev named in /dev/serial/by-id (whatever its driver calls it, e.g. WCH's ttyCH343USB0), USB
 * adapters and boards, and the machine's own UARTs. Linux creates ttyS0…ttyS31 whether or not a
 * UART is behind them: only real ones are listed (sysfs `type` not 0), and never the console.
 */
async function deviceFilePorts(devDir: string, sysDir: string): Promise<PortInfoLike[]> {
  const sysRoot = await realpath(sysDir).catch(() => sysDir);
  const labels = await byIdLabels(devDir);
  const names = new Set(await readdir(devDir).catch(() => [] as string[]));
  const byId = new Set([...labels.keys()].map((path) => basename(path)));
  const ports: PortInfoLike[] = [];
  for (const name of [...new Set([...names, ...byId])].sort()) {
    const tty = join(sysRoot, 'class', 'tty', name);
    if (ONBOARD_UART.test(name) && !byId.has(name)) {
      const type = await readText(join(tty, 'type'));
      const isConsole = (await readText(join(tty, 'console'))) === 'Y';
      if (type === null || type === '0' || isConsole) continue;
    } else if (!USB_SERIAL.test(name) && !byId.has(name)) continue;
    const path = join(devDir, name);
    const usb = await usbDetails(tty, sysRoot);
    ports.push({ path, ...usb, manufacturer: usb.manufacturer ?? labels.get(path) });
  }
  return ports;
}

/** /dev/serial/by-id names (udev's "usb-1a86_USB_Serial-if00-port0") by the device they name. */
async function byIdLabels(devDir: string): Promise<Map<string, string>> {
  const dir = join(devDir, 'serial', 'by-id');
  const labels = new Map<string, string>();
  for (const link of await readdir(dir).catch(() => [] as string[])) {
    const target = await realpath(join(dir, link)).catch(() => null);
    if (!target) continue;
    const label = link
      .replace(/^usb-/, '')
      .replace(/-if\d+(-port\d+)?$/, '')
      .replaceAll('_', ' ');
    labels.set(join(devDir, basename(target)), label);
  }
  return labels;
}

/** Walks up from the tty's device to the USB device that carries idVendor/idProduct. */
async function usbDetails(tty: string, sysRoot: string): Promise<Omit<PortInfoLike, 'path'>> {
  let dir = await realpath(join(tty, 'device')).catch(() => null);
  for (let up = 0; dir && dir.startsWith(sysRoot) && up < 4; up++, dir = dirname(dir)) {
    const vendorId = await readText(join(dir, 'idVendor'));
    if (vendorId === null) continue;
    return {
      vendorId,
      productId: (await readText(join(dir, 'idProduct'))) ?? undefined,
      manufacturer: (await readText(join(dir, 'manufacturer'))) ?? undefined,
      serialNumber: (await readText(join(dir, 'serial'))) ?? undefined,
    };
  }
  return {};
}

async function readText(path: string): Promise<string | null> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    return null;
  }
}

/**
 * The USB vendor id of the device at `path` (a symlink such as /dev/serial/by-id/… is resolved),
 * or null when it is not a USB device or cannot be found within `timeoutMs`. Detection uses it
 * to ask an MI48 at once instead of after a second of silence.
 */
export async function vendorIdOf(path: string, timeoutMs = 1000): Promise<string | null> {
  const target = await realpath(path).catch(() => path);
  const lookup = discoverPorts().then(async ({ ports }) => {
    for (const port of ports) {
      if (port.vendorId && (await realpath(port.path).catch(() => port.path)) === target) {
        return port.vendorId;
      }
    }
    return null;
  });
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), timeoutMs).unref(),
  );
  return Promise.race([lookup.catch(() => null), timeout]);
}
