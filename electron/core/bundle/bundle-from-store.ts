// A signed bundle from a counts database: its hourly counts and second checks under every name the
// kiosk had (one install is one kiosk), its conditions record, and the names staff set now. One
// implementation for the console's download, the daily folder and `kiosk bundle`.
import type { BundleFile } from '../../contract/bundle.js';
import type { ConditionsDay } from '../../contract/conditions.js';
import type { DateRange } from '../../contract/schemas.js';
import type { CountsStore } from '../records/counts-store.js';
import { loadKioskSettings } from '../settings/kiosk-settings-store.js';
import { writeBundle, type BundleClock } from './bundle-writer.js';
import type { SigningIdentity } from './signing-identity.js';

export function bundleFromStore(
  store: CountsStore,
  range: DateRange,
  identity: SigningIdentity,
  clock: BundleClock,
  live: {
    /** The names in force (the running kiosk's); default: the stored settings'. */
    names?: { siteName: string; kioskName: string };
    /** The conditions days (the running kiosk adds its minutes not yet written). */
    conditions?: (range: DateRange) => ConditionsDay[];
    month?: boolean;
  } = {},
): BundleFile {
  const names = live.names ?? loadKioskSettings(store.settings).settings;
  const conditions = live.conditions ?? ((r: DateRange) => store.conditions.days(r));
  return writeBundle(
    {
      site: names.siteName,
      kiosk: names.kioskName,
      month: live.month,
      from: range.from,
      to: range.to,
      counts: store.hourly(range),
      checks: store.secondChecks.hourly(range),
      conditions: conditions(range),
    },
    identity,
    clock,
  );
}
