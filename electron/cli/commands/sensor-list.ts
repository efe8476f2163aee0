// `kiosk sensor list`: serial ports, likely thermal sensors first.
import { discoverPorts } from '../../core/sensor/port-discovery.js';
import { parseStrict } from '../../app/parse-helpers.js';

export async function sensorList(argv: string[]): Promise<number> {
  const values = parseStrict(argv, { json: { type: 'boolean' } });
  const { ports, fallback } = await discoverPorts();
  if (values.json) {
    // stdout stays one JSON object a line; the note is for whoever reads the terminal.
    if (fallback) console.error(`kiosk: ${fallback}`);
    for (const port of ports) console.log(JSON.stringify(port));
    return 0;
  }
  if (fallback) console.log(`Note: ${fallback}.`);
  if (ports.length === 0) {
    console.log(
      'No serial ports found. Plug the sensor in (check `dmesg` on Linux); pseudo-terminals are never listed: pass their path with --port.',
    );
    return 0;
  }
  for (const p of ports) {
    const ids = p.vendorId ? ` [${p.vendorId}:${p.productId ?? '????'}]` : '';
    const what = p.likely ?? p.manufacturer ?? 'unknown device';
    console.log(`${p.path}${ids}  ${what}${p.serialNumber ? `  serial ${p.serialNumber}` : ''}`);
  }
  console.log('Check one with: npm run -s kiosk -- sensor inspect --port PATH');
  return 0;
}
