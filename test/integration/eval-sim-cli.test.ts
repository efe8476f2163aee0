// `kiosk eval sim` as users run it: the engine on simulated walk-throughs meets its targets.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { SimEvalResult } from '../../electron/app/eval-sim.js';
import { CLI } from '../support/paths.js';

type Figures = SimEvalResult;

describe('kiosk eval sim', () => {
  const run = spawnSync(
    process.execPath,
    [CLI, 'eval', 'sim', '--people', '80', '--seed', '2', '--json'],
    {
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(run.stdout) as { resolutions: Record<string, Figures> };

  it('prints one JSON object with figures for 1×1, 8×8, 32×24 and 80×62', () => {
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(report.resolutions)).toEqual(['1×1', '8×8', '32×24', '80×62']);
  });

  it('meets the 32×24 targets: few retries, no febrile pass, a verdict within 1 s, two people and a missing blackbody handled', () => {
    const r = report.resolutions['32×24']!;
    expect(r.compliantRetryRate).toBeLessThanOrEqual(0.1);
    expect(r.febrilePassed).toBeLessThanOrEqual(0.05);
    expect(r.verdictSeconds.max).toBeLessThanOrEqual(1.0);
    expect(r.twoPeopleRetry).toBe(1);
    expect(r.pauseSeconds).toBeLessThanOrEqual(1.0);
    expect(r.mae).toBeLessThan(0.25);
  });

  it('never passes a febrile person at any resolution (low resolutions retry instead)', () => {
    for (const r of Object.values(report.resolutions))
      expect(r.febrilePassed).toBeLessThanOrEqual(0.05);
  });
});
