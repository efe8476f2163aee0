// `kiosk calibrate optics`: writes the size-of-source correction table the kiosk ships with
// (electron/core/estimation/optics-table.json) from the physical simulator. Reproducible: the
// same seed and people give the same bytes.
import { writeFileSync } from 'node:fs';
import { DEFAULT_DERIVATION, deriveOpticsTable } from '../../simulation/optics-derivation.js';
import { integer, parseStrict, valueOptions } from '../../app/parse-helpers.js';

const SPEC = valueOptions('seed', 'people', 'out');

export function calibrateOptics(argv: string[]): number {
  const values = parseStrict(argv, SPEC);
  const seed = integer('seed', values.seed, DEFAULT_DERIVATION.seed, 0, 2 ** 32 - 1);
  const people = integer('people', values.people, DEFAULT_DERIVATION.people, 50, 100_000);
  const table = deriveOpticsTable({ ...DEFAULT_DERIVATION, seed, people });
  const text = `${JSON.stringify(table, null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out, text);
    console.error(`wrote ${values.out}`);
  } else {
    process.stdout.write(text);
  }
  for (const c of table.curves) {
    const ok = c.points.filter((p) => p.spreadC <= table.maxSpreadC);
    console.error(
      `${c.sensor.padEnd(10)} ${c.points.length} points; loss ${Math.min(...c.points.map((p) => p.lossC)).toFixed(2)}–${Math.max(...c.points.map((p) => p.lossC)).toFixed(2)} °C; ` +
        (ok.length === 0
          ? `spread above ${table.maxSpreadC} °C everywhere: cannot screen`
          : c.singlePoint
            ? `spread ${ok[0]!.spreadC} °C`
            : `spread ≤ ${table.maxSpreadC} °C at ${ok[0]!.distanceM}–${ok.at(-1)!.distanceM} m`),
    );
  }
  return 0;
}
