// The walk-through screens end to end in Debian's Chromium, from the simulator (normal, fever,
// far, cold, pair): each screen's wording, live guidance and sound cues, axe-core on each, and the
// language switch (Arabic right to left, the layout mirrored).
import { expect, test } from './fixtures/kiosk.js';
import { WITH_SOUND_CUES } from './fixtures/chromium.js';
import {
  expectAccessible,
  layoutProblems,
  recordScreens,
  recordTones,
  screensSeen,
  tonesPlayed,
} from './kiosk-checks.js';
import { heading, screen, TIMEOUT } from './screen-page.js';

// The browser kiosk launches Chromium with this autoplay policy, and so does this spec, so the
// sound cues play without a tap first (demo.spec.ts runs without it: the cues must fail silently).
test.use(WITH_SOUND_CUES);

const GUIDANCE: Record<string, string> = {
  'step-closer': 'Please step closer',
  'step-back': 'Please step back a little',
  'hold-still': 'Please hold still',
  'one-person': 'One person at a time, please',
  measuring: 'Measuring…',
};

// Half the default frame rate: each screen stays up long enough for axe to run on it.
test.use({
  kioskSetup: {
    args: ['--sequence', 'normal,fever,far,cold,pair', '--seed', '3', '--rate', '4'],
    initScripts: [recordScreens, recordTones],
  },
});

test.describe('from the simulator: normal, fever, far, cold, pair', () => {
  test('measuring, pass, refer, retry and idle read right, pass axe, and verdicts chime', async ({
    page,
    problems,
  }) => {
    test.setTimeout(150_000);
    const main = page.locator('main');

    // Measuring: the live guidance is the headline, over the progress bar.
    await expect(screen(page, 'measuring')).toBeVisible({ timeout: 20_000 });
    await expect(main.locator('progress')).toBeVisible();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^(${Object.values(GUIDANCE).join('|')})$`),
    );
    await expectAccessible(page, 'measuring');

    // Pass: a soft rising two-note chime.
    await expect(screen(page, 'pass')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'You may enter')).toBeVisible();
    await expectAccessible(page, 'pass');
    await expect.poll(() => tonesPlayed(page)).toHaveLength(2);
    const [pass1, pass2] = (await tonesPlayed(page)) as [number, number];
    expect(pass2).toBeGreaterThan(pass1);

    // Refer: a request for a second check, never a diagnosis; a gentler, lower two-note tone.
    await expect(screen(page, 'refer')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'Please see staff for a quick second check')).toBeVisible();
    await expect(
      main.getByText(
        'This is a screening, not a diagnosis. Staff will confirm with a clinical thermometer.',
      ),
    ).toBeVisible();
    await expectAccessible(page, 'refer');
    await expect.poll(() => tonesPlayed(page)).toHaveLength(4);
    const [, , refer1, refer2] = (await tonesPlayed(page)) as number[];
    expect(refer1).not.toBe(refer2);
    expect(Math.max(refer1!, refer2!)).toBeLessThan(Math.min(pass1, pass2));

    // Retries, each reason in plain words.
    await expect(screen(page, 'retry', 'too-far')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'Please step closer')).toBeVisible();
    await expect(main.getByText('Please try again')).toBeVisible();
    await expectAccessible(page, 'retry (too far)');

    await expect(screen(page, 'retry', 'too-cold')).toBeVisible(TIMEOUT);
    await expect(
      heading(
        page,
        'You seem to have just come in from the cold — please wait a few minutes, then try again',
      ),
    ).toBeVisible();
    await expectAccessible(page, 'retry (too cold)');

    // Two people at once.
    await expect(screen(page, 'retry', 'one-person')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'One person at a time, please')).toBeVisible();
    await expectAccessible(page, 'retry (one person)');

    // Idle: how to use it, and what it keeps (nothing personal).
    await expect(screen(page, 'idle')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'Please step up to the screen')).toBeVisible();
    for (const step of ['One person at a time', 'Remove hat and glasses', 'Look at the sensor'])
      await expect(main.getByRole('listitem').filter({ hasText: step })).toBeVisible();
    await expect(
      main.getByText('No images, no names and no temperatures are stored.'),
    ).toBeVisible();
    await expectAccessible(page, 'idle');
    expect(await layoutProblems(page)).toEqual([]);

    // Retries make no sound: still the two verdict cues only.
    expect(await tonesPlayed(page)).toHaveLength(4);

    // Everything the screen showed, in order: each guidance with its words, and the verdicts.
    const seen = await screensSeen(page);
    const measuring = seen.filter((s) => s.screen === 'measuring');
    for (const m of measuring) expect(m.title).toBe(GUIDANCE[m.guidance ?? '']);
    expect([...new Set(measuring.map((m) => m.guidance))]).toEqual(
      expect.arrayContaining(['step-closer', 'hold-still', 'one-person', 'measuring']),
    );
    const verdicts = seen
      .filter((s) => s.screen === 'pass' || s.screen === 'refer' || s.screen === 'retry')
      .map((s) => (s.reason ? `${s.screen}:${s.reason}` : s.screen));
    expect(verdicts).toEqual([
      'pass',
      'refer',
      'retry:too-far',
      'retry:too-cold',
      'retry:one-person',
    ]);

    // The language switch: Arabic reads right to left and the layout mirrors.
    const languages = page.getByTestId('language-switch');
    await languages.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(heading(page, 'يُرجى التقدّم نحو الشاشة')).toBeVisible();
    await expect(languages.getByRole('button', { name: 'العربية' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const switchBox = (await languages.boundingBox())!;
    expect(switchBox.x).toBeGreaterThan(page.viewportSize()!.width / 2);
    await expectAccessible(page, 'idle (Arabic)');
    expect(await layoutProblems(page)).toEqual([]);

    await languages.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(heading(page, '请走到屏幕前')).toBeVisible();
    await expect(page.getByText('不存储任何图像、姓名或体温。')).toBeVisible();
    expect((await languages.boundingBox())!.x).toBeLessThan(page.viewportSize()!.width / 2);
    await expectAccessible(page, 'idle (Chinese)');

    expect(problems).toEqual([]);
  });
});
