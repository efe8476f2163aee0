// Captures each walk-through screen at 1280×720 into docs/screenshots/<name>.png: the demo host
// started as a user would (`kiosk demo --browser-kiosk --no-browser`, scripted people) for idle,
// measuring, pass, refer, retry and Arabic idle, a live host without a sensor for paused, and
// the staff console's views on the demo (PIN 0000), and the HR export (HR PIN 1111) over two
// weeks of made-up counts.
// Uses Debian's Chromium (never a downloaded browser); builds first when the build is stale.
//   node scripts/screenshots.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import Database from 'better-sqlite3';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'main', 'kiosk.mjs');
const OUT = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.KIOSK_TEST_CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 720 };
// Who walks past: a pass, a refer, then two people at once (retry: one person at a time).
// Half the default frame rate, so every screen stays up long enough to capture calmly.
const DEMO_ARGS = ['--sequence', 'normal,fever,pair', '--seed', '3', '--rate', '4'];

/** Starts the kiosk CLI and resolves with the URL it prints (token included). */
async function startHost(command, args, db) {
  const child = spawn(
    process.execPath,
    [CLI, command, '--browser-kiosk', '--no-browser', '--warm-up', '0', ...args, '--db', db],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d.toString()));
  child.stderr.on('data', (d) => (output += d.toString()));
  const kioskUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kiosk did not start:\n${output}`)), 15_000);
    const check = () => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`kiosk exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { kioskUrl, stop };
}

/** A working day's worth of counts at 8–9 h and 12–13 h on each of the last `days` days. */
function seedCounts(path, days) {
  const db = new Database(path);
  const add = db.prepare(
    "INSERT INTO counts (day, hour, kiosk, outcome, count) VALUES (?, ?, 'Kiosk 1', ?, ?) " +
      'ON CONFLICT DO UPDATE SET count = count + excluded.count',
  );
  for (let d = days; d >= 1; d--) {
    const at = new Date(Date.now() - d * 86_400_000);
    const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    if (at.getDay() === 0 || at.getDay() === 6) continue; // closed at weekends
    const people = 120 + ((d * 37) % 60);
    add.run(day, 8, 'pass', Math.round(people * 0.6));
    add.run(day, 12, 'pass', Math.round(people * 0.3));
    add.run(day, 8, 'refer', 1 + (d % 3));
    add.run(day, 12, 'retry', 3 + (d % 4));
  }
  db.close();
}

async function waitForScreen(page, screen, timeout = 30_000) {
  await page.locator(`[data-screen="${screen}"]`).waitFor({ state: 'attached', timeout });
}

async function capture(page, name) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  console.log(`  ${join('docs', 'screenshots', `${name}.png`)}`);
}

async function main() {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'kiosk-screenshots-'));

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  // English whatever this machine's locale; no colour fade, so each capture is the final frame.
  const newPage = async () =>
    (
      await browser.newContext({
        viewport: VIEWPORT,
        locale: 'en-US',
        reducedMotion: 'reduce',
      })
    ).newPage();
  const hosts = [];
  try {
    console.log('Screenshots:');
    const demo = await startHost('demo', DEMO_ARGS, join(tmp, 'demo.sqlite'));
    hosts.push(demo);
    const page = await newPage();
    await page.goto(demo.kioskUrl);

    await waitForScreen(page, 'measuring');
    // A bar part-way along reads better than an empty one; never wait past the screen itself.
    await page
      .locator('[data-screen="measuring"] progress')
      .evaluate(
        (bar) =>
          new Promise((resolve) => {
            const started = Date.now();
            const poll = () => {
              if (!bar.isConnected || bar.value >= 0.4 || Date.now() - started > 4000) resolve();
              else setTimeout(poll, 50);
            };
            poll();
          }),
      )
      .catch(() => {});
    if (await page.locator('[data-screen="measuring"]').count()) await capture(page, 'measuring');

    await waitForScreen(page, 'pass');
    await capture(page, 'pass');
    await waitForScreen(page, 'refer');
    await capture(page, 'refer');
    await waitForScreen(page, 'retry');
    await capture(page, 'retry');
    await waitForScreen(page, 'idle');
    await capture(page, 'idle');

    await page.getByTestId('language-switch').getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[dir="rtl"][lang="ar"]').waitFor({ state: 'attached' });
    await capture(page, 'idle-ar');

    const live = await startHost('start', [], join(tmp, 'live.sqlite'));
    hosts.push(live);
    const paused = await newPage();
    await paused.goto(live.kioskUrl);
    await paused
      .locator('[data-screen="paused"] [data-reason="sensor-disconnected"]')
      .waitFor({ state: 'attached', timeout: 15_000 });
    await capture(paused, 'paused');

    // The staff console on the demo (PIN 0000): PIN pad, then each tab.
    const staffHost = await startHost('demo', ['--seed', '5'], join(tmp, 'staff.sqlite'));
    hosts.push(staffHost);
    const staff = await newPage();
    await staff.goto(staffHost.kioskUrl);
    await staff.getByTestId('staff-open').click();
    await staff.locator('[data-console="pin"]').waitFor();
    await capture(staff, 'console-pin');
    await staff.getByTestId('pin-input').fill('0000');
    await staff.getByTestId('pin-submit').click();
    await staff.locator('[data-console="status"]').waitFor();
    await staff.getByTestId('status-sensor').getByText('streaming').first().waitFor();
    await capture(staff, 'console-status');
    await staff.getByTestId('tab-live').click();
    await staff.getByTestId('thermal-max').getByText(/\d/).waitFor();
    await staff.waitForTimeout(500);
    await capture(staff, 'console-live');
    await staff.getByTestId('tab-sensor').click();
    await staff.locator('[data-console="sensor"]').waitFor();
    await capture(staff, 'console-sensor');
    await staff.getByTestId('tab-calibration').click();
    await staff.locator('[data-console="calibration"]').waitFor();
    await staff.waitForTimeout(500);
    await capture(staff, 'console-calibration');
    await staff.getByTestId('tab-site').click();
    await staff.locator('[data-console="site"]').waitFor();
    await staff.getByTestId('site-start').click();
    await staff.getByTestId('site-read-next').click();
    await staff.waitForTimeout(500);
    await capture(staff, 'console-site');
    await staff.getByTestId('site-discard').click();
    await staff.getByTestId('tab-settings').click();
    await staff.locator('[data-console="settings"]').waitFor();
    await capture(staff, 'console-settings');

    // HR's view: two weeks of counts (made up for the picture), opened with the demo's HR PIN.
    const hrDb = join(tmp, 'hr.sqlite');
    spawnSync(process.execPath, [CLI, 'demo', '--headless', '--people', '1', '--db', hrDb]);
    seedCounts(hrDb, 14);
    const hrHost = await startHost('demo', ['--seed', '5'], hrDb);
    hosts.push(hrHost);
    const hr = await newPage();
    await hr.goto(hrHost.kioskUrl);
    await hr.getByTestId('staff-open').click();
    await hr.getByTestId('pin-input').fill('1111');
    await hr.getByTestId('pin-submit').click();
    await hr.locator('[data-console="export"]').waitFor();
    await hr.getByTestId('export-chart').waitFor();
    await hr.getByTestId('export-chart').scrollIntoViewIfNeeded();
    await hr.waitForTimeout(500);
    await capture(hr, 'console-export');
  } finally {
    await browser.close();
    await Promise.all(hosts.map((h) => h.stop()));
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
