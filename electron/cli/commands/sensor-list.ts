// `kiosk sensor list`: serial ports, likely thermal sensors first.
import { listCandidatePorts } from '../../core/sensor/port-discovery.js';
import { parseStrict } from '../../app/parse-helpers.js';

export async function sensorList(argv: string[]): Promise<number> {
  const values = parseStrict(argv, { json: { type: 'boolean' } });
  const ports = await listCandidatePorts();
  if (values.json) {
    for (const port of ports) console.log(JSON.stringify(port));
    return 0;
  }
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
