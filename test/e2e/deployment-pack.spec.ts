// The deployment pack end to end on the demo kiosk: staff set a contact line and the retention in
// the Settings tab (a contact line with markup and a warm-up out of range are refused first), open
// Paperwork, and each paper (entrance sign, record of processing, DPIA draft) in each of the five
// languages passes axe and prints to PDF through Chromium's own print, on A4 and on Letter, with
// the settings' values and date in it and none of the screen around it. One kiosk for all of it.
// The papers follow a settings change made in another console.
import AxeBuilder from '@axe-core/playwright';
import { consoleView, saveSettings, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { pdfPages, pdfText } from './pdf-text.js';

const CONTACT = 'Ask Ms Okafor at reception, ext. 214';
const RETENTION = '45';
const LANGUAGES = [
  { code: 'en', lang: 'en', dir: 'ltr' },
  { code: 'es', lang: 'es', dir: 'ltr' },
  { code: 'fr', lang: 'fr', dir: 'ltr' },
  { code: 'zh', lang: 'zh-Hans', dir: 'ltr' },
  { code: 'ar', lang: 'ar', dir: 'rtl' },
] as const;
const PAPERS = ['sign', 'record', 'dpia'] as const;
/** Text of the screen around the paper (console bar, tabs, this tab's controls, walk-through). */
const CHROME = [
  'Staff console',
  'Live view',
  'Site calibration',
  'Printable papers',
  'Language of the papers',
  'Please step up to the screen',
];
/** PDF page sizes in points. */
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

test('the deployment pack: every paper in every language passes axe and prints with the settings', async ({
  page,
  kiosk,
  problems,
}) => {
  test.setTimeout(240_000);
  await unlock(page);
  // Bad values are refused next to their fields, and nothing is sent.
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-contactLine').fill('<b>Reception</b>');
  await page.getByTestId('setting-warm-up').fill('121');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('error-contactLine')).toHaveText('Plain text only: no < > or &');
  await expect(page.getByTestId('error-warm-up')).toHaveText('Enter a number from 0 to 120');
  await expect(page.getByTestId('settings-invalid')).toBeVisible();
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);
  await page.getByTestId('setting-warm-up').fill('0');
  await saveSettings(page, async (p) => {
    await p.getByTestId('setting-contactLine').fill(CONTACT);
    await p.getByTestId('setting-retention').fill(RETENTION);
  });
  await page.getByTestId('tab-paperwork').click();
  await expect(consoleView(page, 'paperwork')).toBeVisible();
  const sign = page.getByTestId('pack-sign');
  await expect(sign).toContainText(CONTACT);
  const settingsDate = (await sign.getAttribute('data-settings-date'))!;
  // Dated by the save just made (the kiosk and this test share the machine's clock and zone).
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  expect(settingsDate).toMatch(new RegExp(`^${today}T\\d\\d:\\d\\d$`));

  for (const { code, lang, dir } of LANGUAGES) {
    await page.getByTestId('pack-language').selectOption(code);
    for (const paper of PAPERS) {
      await page.getByTestId('pack-page').selectOption(paper);
      const shown = page.getByTestId(`pack-${paper}`);
      await expect(shown).toHaveAttribute('lang', lang);
      await expect(shown).toHaveAttribute('dir', dir);
      await expect(shown).toContainText(CONTACT);
      // The DPIA names every way counts leave the kiosk, HR's signed bundles included.
      if (paper === 'dpia' && code === 'en')
        await expect(shown).toContainText('signed counts bundles');
      const where = `${paper} (${code})`;

      const axe = await new AxeBuilder({ page }).analyze();
      const found = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
      expect(found, `axe on ${where}`).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter'] as const) {
        const text = pdfText(await page.pdf({ format }));
        expect(text, `${where} on ${format}: contact line`).toContain(CONTACT);
        expect(text, `${where} on ${format}: retention`).toContain(RETENTION);
        expect(text, `${where} on ${format}: settings date`).toContain(settingsDate);
        for (const chrome of CHROME) expect(text, `${where}: "${chrome}"`).not.toContain(chrome);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  }

  // The paper-size choice is the page's own @page size (Chromium keeps it when asked to).
  await page.getByTestId('pack-language').selectOption('en');
  await page.getByTestId('pack-page').selectOption('dpia');
  for (const [choice, size] of [
    ['letter', LETTER],
    ['a4', A4],
  ] as const) {
    await page.getByTestId('pack-paper').selectOption(choice);
    const printed = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(printed.width, choice).toBeCloseTo(size.width, -1);
    expect(printed.height, choice).toBeCloseTo(size.height, -1);
  }

  // Settings saved in another console: this one's papers follow, with the new date.
  const other = await page.context().newPage();
  await other.goto(kiosk.kioskUrl);
  await unlock(other);
  await saveSettings(other, async (p) => {
    await p.getByTestId('setting-contactLine').fill('Security desk, ext. 300');
  });
  const dpia = page.getByTestId('pack-dpia');
  await expect(dpia).toContainText('Security desk, ext. 300');
  await expect(dpia).not.toContainText(CONTACT);
  await other.close();

  expect(problems).toEqual([]);
});
