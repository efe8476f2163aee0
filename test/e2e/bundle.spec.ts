// The signed counts bundle end to end in Chromium over the browser kiosk: the Export tab shows the
// kiosk's key fingerprint (8 groups of base32) that HR registers, and "Download signed bundle"
// saves a bundle whose Ed25519 signature and fingerprint this test checks on its own with
// node:crypto (nothing of the kiosk's code), whose header names the site set in Settings and whose
// day lines hold people screened in an hour that has ended. HR's PIN opens the same section. The
// daily folder: one that is not there is said as an error; a real one receives this month's and
// last month's bundles. Settings refuse a relative folder and a bad site name next to their
// fields; a range too long for one bundle, or one the form refuses, downloads nothing.
import { execFile } from 'node:child_process';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Download, Page } from '@playwright/test';
import { addDays, localDate, localTime } from '../../electron/core/records/local-date.js';
import { MAX_BUNDLE_DAYS } from '../../electron/contract/bundle.js';
import { CLI } from '../support/paths.js';
import { consoleView, enterPin, saveSettings, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { expectAccessible } from './kiosk-checks.js';

const LONG = { timeout: 60_000 };

// The test project has no DOM library: just what the page's style check touches.
declare function getComputedStyle(el: unknown): { fontFamily: string; fontSize: string };
const FINGERPRINT = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/;

/** RFC 4648 base32 without padding, written out bit by bit (independent of the kiosk's). */
function base32(bytes: Uint8Array): string {
  const bits = [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  for (let i = 0; i < bits.length; i += 5)
    out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out;
}

interface Bundle {
  text: string;
  lines: Record<string, unknown>[];
  header: Record<string, unknown>;
  /** The bytes the signature covers: every line before the last, with their LFs. */
  signed: Buffer;
  signature: Buffer;
  spki: Buffer;
}

function parseBundle(text: string): Bundle {
  expect(text.endsWith('\n'), 'a bundle ends with LF').toBe(true);
  const cut = text.lastIndexOf('\n', text.length - 2) + 1;
  const lines = text
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const last = lines[lines.length - 1]!;
  expect(Object.keys(last).sort()).toEqual(['algorithm', 'type', 'value']);
  expect(last).toMatchObject({ type: 'signature', algorithm: 'Ed25519' });
  const header = lines[0]!;
  expect(header.type).toBe('header');
  return {
    text,
    lines,
    header,
    signed: Buffer.from(text.slice(0, cut), 'utf8'),
    signature: Buffer.from(String(last.value), 'base64'),
    spki: Buffer.from(String(header.publicKey), 'base64'),
  };
}

function signatureHolds(bundle: Bundle, signed = bundle.signed): boolean {
  const key = createPublicKey({ key: bundle.spki, format: 'der', type: 'spki' });
  return verify(null, signed, key, bundle.signature);
}

function fingerprintOf(spki: Buffer): string {
  const digest = createHash('sha256').update(spki).digest().subarray(0, 20);
  return base32(digest).match(/.{4}/g)!.join('-');
}

async function downloadBundle(page: Page): Promise<{ file: Download; bundle: Bundle }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('bundle-download').click(),
  ]);
  const text = await readFile((await file.path())!, 'utf8');
  return { file, bundle: parseBundle(text) };
}

interface Walked {
  pass: number;
  refer: number;
  retry: number;
  /** The local date and hour they were counted in. */
  date: string;
  hour: number;
}

/**
 * People through the real path (`kiosk demo --headless`) on the kiosk's database, by a run whose
 * clock reads two hours earlier (its TZ): a bundle holds only hours that have ended (the current
 * one is null), so these land where a bundle written now must show them.
 */
async function walkTwoHoursAgo(db: string, sequence: string): Promise<Walked> {
  const offset = Math.floor(-new Date().getTimezoneOffset() / 60) - 2;
  // POSIX sign: Etc/GMT+2 is two hours behind UTC.
  const timeZone = `Etc/GMT${offset <= 0 ? '+' : '-'}${Math.abs(offset)}`;
  const at = localTime(new Date(), timeZone);
  const args = [CLI, 'demo', '--headless', '--sequence', sequence, '--seed', '3', '--db', db];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    env: { ...process.env, TZ: timeZone },
  });
  const summary = JSON.parse(stdout.trim().split('\n').pop()!) as Walked;
  return { pass: summary.pass, refer: summary.refer, retry: summary.retry, ...at };
}

test.describe(() => {
  test.use({
    kioskSetup: { args: ['--sequence', 'normal,fever,normal', '--seed', '3', '--warm-up', '0'] },
  });

  test('the fingerprint shown is the bundle key’s; the bundle verifies and holds the people of an ended hour', async ({
    page,
    kiosk,
    problems,
  }) => {
    test.setTimeout(240_000);
    await expect(page.getByTestId('today-counts')).toContainText('3 screened', LONG);
    await unlock(page);
    await page.getByTestId('second-check-confirmed').click();
    await expect(page.getByTestId('second-check-done')).toHaveText('Recorded.');
    // A daily folder that is not there (a USB stick not plugged in): the kiosk says so.
    const missing = join(kiosk.dir, 'stick-not-plugged-in');
    await saveSettings(page, (p) => p.getByTestId('setting-bundleFolder').fill(missing));

    await page.getByTestId('tab-export').click();
    await expect(consoleView(page, 'export')).toBeVisible();
    const shown = page.getByTestId('bundle-fingerprint');
    await expect(shown).toHaveText(FINGERPRINT);
    const fingerprint = (await shown.textContent())!;
    // Text, not an image, in a monospace font and larger than the page's text.
    const style = await shown.evaluate((el) => {
      const s = getComputedStyle(el);
      return { family: s.fontFamily, size: parseFloat(s.fontSize) };
    });
    expect(style.family).toMatch(/mono/i);
    expect(style.size).toBeGreaterThan(18);
    await expect(page.getByTestId('bundle-register')).toHaveText(
      'HR registers this kiosk by adding this fingerprint to the roll-up’s key list.',
    );
    await expect(page.getByTestId('bundle-site')).toHaveText('Site 1');
    await expect(page.getByTestId('bundle-folder')).toContainText(`Writes to ${missing} every day`);
    await expect(page.getByTestId('export-chart')).toHaveAttribute('data-state', 'ready');
    await expectAccessible(page, 'console: export with the signed bundle (staff)');

    // Three more people, counted two hours ago by the kiosk's clock.
    const walked = await walkTwoHoursAgo(kiosk.db, 'normal,fever,normal');
    expect(walked.pass + walked.refer + walked.retry).toBe(3);

    // HR's PIN opens the same section, and the bundle downloads there.
    await page.getByTestId('console-lock').click();
    await enterPin(page, '1111');
    await expect(consoleView(page, 'export')).toBeVisible();
    await expect(page.getByTestId('tab-settings')).toHaveCount(0);
    await expect(page.getByTestId('bundle-fingerprint')).toHaveText(fingerprint);
    const { file, bundle } = await downloadBundle(page);
    expect(file.suggestedFilename()).toMatch(/^Site-1_.+\.kcb\.jsonl$/);

    // The signature holds over the exact bytes, and not over a byte changed.
    expect(signatureHolds(bundle)).toBe(true);
    const tampered = Buffer.from(bundle.signed);
    const at = tampered.length - 3;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 1, at);
    expect(signatureHolds(bundle, tampered)).toBe(false);
    // The fingerprint on screen is the header key's, computed here.
    expect(fingerprintOf(bundle.spki)).toBe(fingerprint);
    expect(bundle.header).toMatchObject({ site: 'Site 1', to: localDate() });
    await expect(page.getByTestId('bundle-kiosk')).toHaveText(String(bundle.header.kiosk));

    // The people walked two hours ago are in their hour's cells (and their next, should the run
    // have crossed an hour); the current hour, with the three who just walked past and their
    // second check, has not ended: null.
    const days = bundle.lines.filter((l) => l.type === 'day');
    const cell = (date: string, field: string, hour: number) =>
      (days.find((l) => l.date === date)?.[field] as (number | null)[] | undefined)?.[hour];
    const next =
      walked.hour < 23
        ? { date: walked.date, hour: walked.hour + 1 }
        : { date: addDays(walked.date, 1), hour: 0 };
    for (const field of ['pass', 'refer', 'retry'] as const) {
      const found =
        (cell(walked.date, field, walked.hour) ?? 0) + (cell(next.date, field, next.hour) ?? 0);
      expect(found, `${field} at ${walked.date} ${walked.hour}h: ${bundle.text}`).toBe(
        walked[field],
      );
    }
    const nowLocal = String(bundle.header.createdLocal);
    const hourNow = Number(nowLocal.slice(11, 13));
    expect(cell(nowLocal.slice(0, 10), 'pass', hourNow)).toBeNull();
    expect(cell(nowLocal.slice(0, 10), 'confirmed', hourNow)).toBeNull();
    // The default range is 30 days, every one with its line; the console says how many.
    expect(days).toHaveLength(30);
    await expect(page.getByTestId('bundle-done')).toHaveText(
      `Saved a bundle of ${days.length} days: ${file.suggestedFilename()}`,
    );
    // The kiosk tries the folder once a minute; the section asks every 30 s.
    await expect(page.getByTestId('bundle-folder-problem')).toContainText(missing, {
      timeout: 120_000,
    });
    await expect(page.getByTestId('bundle-folder-problem')).toHaveClass(/console-error/);
    await expectAccessible(page, 'console: export with the signed bundle (HR)');
    expect(problems).toEqual([]);
  });
});

test('the site set in Settings names the next bundle; bad folders, sites and ranges are refused', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(240_000);
  await unlock(page);
  await page.getByTestId('tab-export').click();
  await expect(page.getByTestId('bundle-fingerprint')).toHaveText(FINGERPRINT);
  const before = (await downloadBundle(page)).bundle;
  expect(before.header.site).toBe('Site 1');

  // A relative folder and a formula as the site: each refused next to its field, nothing saved.
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-siteName').fill('=SUM(A1)');
  await page.getByTestId('setting-bundleFolder').fill('relative/path');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('error-siteName')).toHaveText('Must not start with = + - or @');
  await expect(page.getByTestId('error-bundleFolder')).toContainText('Enter a full path');
  await expect(page.getByTestId('setting-bundleFolder')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('setting-siteName')).toBeFocused();
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);
  await expectAccessible(page, 'console: settings with a bad site and folder');

  const folder = join(kiosk.dir, 'bundles');
  mkdirSync(folder);
  await saveSettings(page, async (p) => {
    await p.getByTestId('setting-siteName').fill('  Warehouse North ');
    await p.getByTestId('setting-bundleFolder').fill(folder);
  });
  await expect(page.getByTestId('setting-siteName')).toHaveValue('Warehouse North');

  await page.getByTestId('tab-export').click();
  await expect(page.getByTestId('bundle-site')).toHaveText('Warehouse North');
  await expect(page.getByTestId('bundle-folder')).toContainText(`Writes to ${folder} every day`);
  const after = (await downloadBundle(page)).bundle;
  expect(after.header.site).toBe('Warehouse North');
  expect(signatureHolds(after)).toBe(true);
  // The same key signs every bundle of this kiosk.
  expect(after.header.publicKey).toBe(before.header.publicKey);

  // The daily write (within a minute): this month's and last month's bundles, signed by that key;
  // the section, opened again, says when.
  await expect(async () => {
    await page.getByTestId('tab-status').click();
    await page.getByTestId('tab-export').click();
    await expect(page.getByTestId('bundle-folder')).toContainText('last written', {
      timeout: 2000,
    });
  }).toPass({ timeout: 120_000, intervals: [5000] });
  await expect(page.getByTestId('bundle-folder-problem')).toHaveCount(0);
  const written = (await readdir(folder)).sort();
  expect(written).toHaveLength(2);
  for (const name of written) {
    expect(name).toMatch(/^Warehouse-North_.+\.kcb\.jsonl$/);
    const daily = parseBundle(await readFile(join(folder, name), 'utf8'));
    expect(signatureHolds(daily)).toBe(true);
    expect(daily.header).toMatchObject({
      site: 'Warehouse North',
      publicKey: before.header.publicKey,
    });
  }

  // A range longer than one bundle, and a range the form refuses: said, nothing downloaded.
  let downloads = 0;
  page.on('download', () => downloads++);
  // (Just over: a far longer range would draw thousands of days in the chart and the table.)
  await page.getByTestId('export-from').fill(addDays(localDate(), -MAX_BUNDLE_DAYS));
  await page.getByTestId('bundle-download').click();
  await expect(page.getByTestId('bundle-error')).toContainText(`at most ${MAX_BUNDLE_DAYS} days`);
  await page.getByTestId('export-from').fill('2099-01-02');
  await page.getByTestId('export-to').fill('2099-01-01');
  await page.getByTestId('bundle-download').click();
  await expect(page.getByTestId('bundle-error')).toContainText('correct the marked fields');
  await expect(page.getByTestId('export-to')).toBeFocused();
  await page.waitForTimeout(1000);
  expect(downloads).toBe(0);
});
