// The kiosk software's version, written into every bundle; a roll-up older than a bundle's writer
// leaves it out rather than guess at what it means. Kept equal to package.json's (a test checks).
export const SOFTWARE_VERSION = '0.1.0';

/** −1, 0 or 1 as semver a is older than, equal to or newer than b (x.y.z only). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
