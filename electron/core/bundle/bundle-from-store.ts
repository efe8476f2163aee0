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
  /** The conditions days to include (the running kiosk adds its minutes not yet written). */
  conditions: (range: DateRange) => ConditionsDay[] = (r) => store.conditions.days(r),
): BundleFile {
  const { settings } = loadKioskSettings(store.settings);
  return writeBundle(
    {
      site: settings.siteName,
      kiosk: settings.kioskName,
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
