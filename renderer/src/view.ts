// Decides which screen to show and its words. The kiosk's state only counts while the link is
// open: a stale "PASS" must never stay up after the connection is gone.
import type { ScreeningState } from '../../electron/contract/schemas.js';
import type { LinkState } from './link';
import { t, type PausedWhy } from './strings';

export type View =
  Exclude<ScreeningState, { screen: 'paused' }> | { screen: 'paused'; reason: PausedWhy };

export interface ScreenText {
  title: string;
  detail: string | null;
}

export function currentView(
  blocked: 'no-token' | null,
  connection: LinkState,
  state: ScreeningState,
): View {
  if (blocked) return { screen: 'paused', reason: blocked };
  if (connection === 'connecting') return { screen: 'paused', reason: 'link-connecting' };
  if (connection === 'lost') return { screen: 'paused', reason: 'link-lost' };
  return state;
}

export function screenText(view: View): ScreenText {
  switch (view.screen) {
    case 'idle':
      return { title: t('idle.title'), detail: t('idle.hint') };
    case 'measuring':
      return { title: t('measuring.title'), detail: null };
    case 'pass':
      return { title: t('pass.title'), detail: t('pass.detail') };
    case 'refer':
      return { title: t('refer.title'), detail: t('refer.detail') };
    case 'retry':
      return { title: t('retry.title'), detail: t(`retry.reason.${view.reason}`) };
    case 'paused':
      return { title: t('paused.title'), detail: t(`paused.reason.${view.reason}`) };
  }
}
