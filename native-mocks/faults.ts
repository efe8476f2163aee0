// Faults the simulator can inject, parsed from `--faults checksum=0.05,garbage=0.01,stall=3,freeze=3`.

export interface Faults {
  /** Share of frames sent with one corrupted byte (a checksum error, or a malformed text row). */
  checksum: number;
  /** Share of frames preceded by a burst of random bytes. */
  garbage: number;
  /** Seconds of silence, once, after two seconds of streaming. */
  stall: number;
  /** Seconds of identical frames, once, after two seconds of streaming. */
  freeze: number;
}

export const NO_FAULTS: Faults = { checksum: 0, garbage: 0, stall: 0, freeze: 0 };

export function parseFaults(spec: string | undefined): Faults {
  const faults = { ...NO_FAULTS };
  if (!spec) return faults;
  for (const part of spec.split(',').filter((p) => p.trim() !== '')) {
    const [name, raw] = part.split('=').map((s) => s.trim());
    if (!name || !(name in faults)) {
      throw new Error(
        `unknown fault "${name}" in --faults; use ${Object.keys(NO_FAULTS).join(', ')}`,
      );
    }
    const value = Number(raw);
    const key = name as keyof Faults;
    const max = key === 'checksum' || key === 'garbage' ? 1 : 3600;
    if (raw === undefined || !Number.isFinite(value) || value < 0 || value > max) {
      throw new Error(
        `--faults ${name} needs a value from 0 to ${max}${max === 1 ? ' (a share of frames)' : ' (seconds)'}, got "${raw ?? ''}"`,
      );
    }
    faults[key] = value;
  }
  return faults;
}
