// Discreet referral on the walk-through screen: with the setting on, a refer reads as one sentence
// (refer.discreet) with no note under it, and nothing else is discreet. (Every language has
// refer.discreet: the renderer's type check makes each language file follow the English one; the
// e2e spec discreet-referral.spec.ts reads the sentence on screen, with the pass's look and cue.)
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { discreetText, isDiscreet } from '../../renderer/src/walkthrough/discreet.js';

// The key itself stands for its text.
const t = ((key: string) => key) as unknown as TFunction;

describe('discreet referral', () => {
  it('applies to refers only, and only with the setting on', () => {
    expect(isDiscreet({ screen: 'refer' }, true)).toBe(true);
    expect(isDiscreet({ screen: 'refer' }, false)).toBe(false);
    expect(isDiscreet({ screen: 'pass' }, true)).toBe(false);
    expect(isDiscreet({ screen: 'paused' }, true)).toBe(false);
  });

  it('reads one sentence to see the staff member, without the refer note', () => {
    expect(discreetText(t)).toEqual({ title: 'refer.discreet', detail: null });
  });
});
