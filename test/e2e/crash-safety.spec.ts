// A kiosk killed outright (SIGKILL: power cut, OOM killer) in the middle of a stream of people
// leaves a sound database holding exactly the verdicts people were shown, and starts again on it
// with today's count intact.
//
// What is a verdict: the kiosk stores one count per verdict (pass, refer or retry), in
// Kiosk.onResult, synchronously, before it publishes the new screen state. Every verdict of the
// walk-through engine, retries included, sets the screen to pass/refer/retry
// (ScreeningSession.decide/retry), and the screen always passes through measuring (and idle)
// between two verdicts, so each verdict is a distinct 'state' event and a distinct screen in the
// renderer. The one exception is a kiosk-level pause (sensor fault, records error, estimator
// restart) covering the verdict screen: a verdict would be counted but not shown. The test checks
// that no pause was shown once people started, so that case cannot hide in the comparison.
import Database from 'better-sqlite3';
import {
  countVerdictScreens,
  verdictScreens,
  waitForVerdictScreens,
} from '../support/verdict-screens.js';
import { expect, test } from './fixtures/kiosk.js';

const VERDICTS_BEFORE_KILL = 5;

// 30 frames/s so people come by quickly; more retries than the default so that, with this seed,
// retry screens are among the verdicts counted (the comparison below covers every outcome).
test.use({
  kioskSetup: {
    args: ['--rate', '30', '--seed', '3', '--retry-rate', '0.3'],
    initScripts: [countVerdictScreens],
  },
});

function storedCounts(path: string): { integrity: string; total: number; table: string } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
          name: string;
        }>
      ).map((r) => r.name),
    );
    const table = tables.has('counts') ? 'counts' : 'daily_counts';
    const row = db.prepare(`SELECT coalesce(sum(count), 0) AS total FROM "${table}"`).get() as {
      total: number;
    };
    return { integrity, total: row.total, table };
  } finally {
    db.close();
  }
}

test('SIGKILL mid-stream keeps a sound database with exactly the verdicts shown', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(120_000);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await waitForVerdictScreens(page, VERDICTS_BEFORE_KILL, 90_000);
  // At once: the next person needs seconds to walk in and be measured, this takes milliseconds.
  const crashed = kiosk.crash();
  const killedAt = await page.evaluate(() => performance.now());
  const shown = await verdictScreens(page);
  await crashed;

  await expect
    .poll(() => kiosk.process.signalCode, { message: 'the kiosk died of SIGKILL' })
    .toBe('SIGKILL');
  const stored = storedCounts(kiosk.db);
  const screens = shown.changes.map((c) => c.screen);
  const verdictTimes = shown.changes
    .filter((c) => c.screen === 'pass' || c.screen === 'refer' || c.screen === 'retry')
    .map((c) => c.at);
  const gaps = verdictTimes.slice(1).map((t, i) => t - verdictTimes[i]!);
  console.log(
    `verdict screens shown: ${shown.verdicts}; stored in ${stored.table}: ${stored.total}; ` +
      `killed ${Math.round(killedAt - verdictTimes[verdictTimes.length - 1]!)} ms after the last ` +
      `verdict screen (shortest gap between two verdict screens: ${Math.round(Math.min(...gaps))} ms); ` +
      `screens: ${screens.join(' ')}`,
  );
  expect(stored.integrity).toBe('ok');
  expect(shown.verdicts).toBeGreaterThanOrEqual(VERDICTS_BEFORE_KILL);
  const firstMeasuring = screens.indexOf('measuring');
  expect(firstMeasuring, 'people were measured').toBeGreaterThanOrEqual(0);
  // (The link-lost pause the kill itself causes comes after the last verdict screen.)
  const lastVerdict = Math.max(...['pass', 'refer', 'retry'].map((v) => screens.lastIndexOf(v)));
  expect(
    screens.slice(firstMeasuring, lastVerdict + 1).filter((s) => s === 'paused'),
    'no pause covered a verdict while people walked past',
  ).toEqual([]);
  expect(stored.total, 'counts stored = verdict screens shown').toBe(shown.verdicts);

  // The same database again: the kiosk starts and reports today's count as stored. A slow sensor
  // (1 frame/s) keeps the next person from being counted before the footer is read.
  const again = await kiosk.restart(['--rate', '1']);
  await page.goto(again.kioskUrl);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect(page.getByTestId('today-counts')).toContainText(
    new RegExp(`(^|\\D)${shown.verdicts} screened`),
  );
  await again.stop();
  expect(again.process.exitCode, again.output()).toBe(0);
});
