// The deployment pack's facts from the kiosk, asked again whenever the settings change (the store
// applies each 'settings' event), so the papers always describe the settings in force.
import { useCallback, useState } from 'react';
import type { ApiError } from '@contract/api.js';
import type { DeploymentPack } from '@contract/deployment-pack.js';
import { useKioskStore } from '../../store/kiosk-store';
import { useStaffCall } from '../shared/staff-api';
import { useAsked } from '../shared/use-asked';

export type PackState =
  | { state: 'loading' }
  | { state: 'ready'; pack: DeploymentPack }
  | { state: 'failed'; error: ApiError };

export function useDeploymentPack(): PackState {
  const staffCall = useStaffCall();
  const settings = useKioskStore((s) => s.settings);
  const [answer, setAnswer] = useState<PackState>({ state: 'loading' });
  // A new settings object (a save here or in another console) asks again.
  const ask = useCallback(
    () => staffCall('getDeploymentPack', {}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `settings` is the reason to ask again
    [staffCall, settings],
  );
  useAsked(ask, (result) =>
    setAnswer(
      result.ok ? { state: 'ready', pack: result.value } : { state: 'failed', error: result.error },
    ),
  );
  return answer;
}
