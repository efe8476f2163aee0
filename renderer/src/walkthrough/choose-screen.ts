// Decides which screen to show and its words. The kiosk's state only counts while the link is
// open: a stale "You may enter" must never stay up after the connection is gone.
import type { TFunction } from 'i18next';
import type { PauseReason, ScreeningState } from '@contract/schemas.js';
import type { LinkState } from '../transport/link';
import { discreetText } from './discreet';

/** Why the screen is paused: the kiosk's own reasons plus the page's link to the kiosk. */
export type PausedWhy = PauseReason | 'link-connecting' | 'link-lost' | 'no-token';

export type View =
  | Exclude<ScreeningState, { screen: 'paused' }>
  | { screen: 'paused'; reason: PausedWhy; readyAt?: number };

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

/** The headline and the line under it, as announced to screen readers. */
export function screenText(view: View, t: TFunction, discreet = false): ScreenText {
  switch (view.screen) {
    case 'idle':
      return { title: t('idle.title'), detail: null };
    case 'measuring':
      return { title: t(`measuring.guidance.${view.guidance}`), detail: null };
    case 'pass':
      return { title: t('pass.title'), detail: null };
    case 'refer':
      if (discreet) return discreetText(t);
      return { title: t('refer.title'), detail: t('refer.note') };
    case 'retry':
      return { title: t(`retry.reason.${view.reason}`), detail: null };
    case 'paused':
      return { title: t('paused.title'), detail: t(`paused.reason.${view.reason}`) };
  }
}
