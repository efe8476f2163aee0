// `kiosk staff reset-pin`: forgets the staff PIN (for a forgotten PIN). Needs access to the
// kiosk's files, i.e. the machine's own account: the next person at the console sets a new PIN.
import { existsSync } from 'node:fs';
import { parseStrict, UsageError } from '../../app/parse-helpers.js';
import { defaultDatabasePath } from '../../app/paths.js';
import { CountsStore } from '../../core/records/counts-store.js';

const SPEC = { db: { type: 'string' } } as const;

export function staffResetPin(argv: string[]): number {
  const v = parseStrict(argv, SPEC);
  const path = v.db ?? defaultDatabasePath();
  if (!existsSync(path)) {
    throw new UsageError(`no kiosk database at ${path}: give the kiosk's file with --db PATH`);
  }
  const store = new CountsStore(path);
  let had: boolean;
  try {
    had = store.settings.delete('staff.pinHash');
  } finally {
    store.close();
  }
  console.log(
    had
      ? `staff PIN reset in ${path}: the next person to open the staff console sets a new one`
      : `no staff PIN was set in ${path}: the staff console asks for one when first opened`,
  );
  return 0;
}
