// Discreet referral (a staff setting, off by default): a refer is shown in the pass's look and
// reads only "please see the staff member", so people queueing behind cannot tell.
import type { TFunction } from 'i18next';

interface ViewLike {
  screen: string;
}

/** Whether this view is a refer shown discreetly. */
export function isDiscreet(view: ViewLike, discreetReferral: boolean): boolean {
  return view.screen === 'refer' && discreetReferral;
}

/** A discreet refer's words: one sentence, no note about second checks under it. */
export function discreetText(t: TFunction): { title: string; detail: null } {
  return { title: t('refer.discreet'), detail: null };
}
