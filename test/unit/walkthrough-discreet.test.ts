// Discreet referral on the walk-through screen: with the setting on, a refer reads as one sentence
// asking the person to see the staff member (no "second check", no note) in every language, and
// nothing else changes; with it off, a refer reads as before.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { isDiscreet, screenText, type View } from '../../renderer/src/walkthrough/choose-screen.js';
import { ar } from '../../renderer/src/i18n/walkthrough/ar.js';
import { en } from '../../renderer/src/i18n/walkthrough/en.js';
import { es } from '../../renderer/src/i18n/walkthrough/es.js';
import { fr } from '../../renderer/src/i18n/walkthrough/fr.js';
import { zh } from '../../renderer/src/i18n/walkthrough/zh.js';

const LANGUAGES = { en, es, fr, zh, ar };

function translator(lng: keyof typeof LANGUAGES) {
  const i18n = createInstance();
  void i18n.init({
    resources: { [lng]: { translation: LANGUAGES[lng] } },
    lng,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const refer: View = { screen: 'refer' };
const pass: View = { screen: 'pass' };

describe('discreet referral', () => {
  it('applies to refers only, and only with the setting on', () => {
    expect(isDiscreet(refer, true)).toBe(true);
    expect(isDiscreet(refer, false)).toBe(false);
    expect(isDiscreet(pass, true)).toBe(false);
    expect(isDiscreet({ screen: 'paused', reason: 'starting' }, true)).toBe(false);
  });

  for (const lng of Object.keys(LANGUAGES) as Array<keyof typeof LANGUAGES>) {
    it(`${lng}: one sentence to see the staff member, unlike the open refer and the pass`, () => {
      const t = translator(lng);
      const discreet = screenText(refer, t, true);
      const open = screenText(refer, t, false);
      expect(discreet.title).toBe(LANGUAGES[lng].refer.discreet);
      expect(discreet.detail).toBeNull();
      expect(discreet.title).not.toBe(open.title);
      expect(discreet.title).not.toBe(screenText(pass, t).title);
      expect(open.detail).toBe(LANGUAGES[lng].refer.note);
    });
  }
});
