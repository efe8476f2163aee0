// HR's list of registered kiosk keys: a text file, one fingerprint per line as the kiosk's console
// shows it, with an optional note after it ("ABCD-…  Warehouse North, door 2"). Lines starting with
// # are comments. A line that is not a fingerprint is listed (with its number), never guessed at.
import { normaliseFingerprint } from '../bundle/fingerprint.js';
import type { LeftOut } from './rollup-report.js';

export interface KeyList {
  fingerprints: Set<string>;
  problems: LeftOut[];
}

export function parseKeyList(text: string, file: string): KeyList {
  const fingerprints = new Set<string>();
  const problems: LeftOut[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    // The fingerprint is the first 8 groups (typed with dashes or spaces); the rest is a note.
    const groups = line
      .split(/[\s-]+/)
      .slice(0, 8)
      .join('');
    const fingerprint = normaliseFingerprint(groups);
    if (fingerprint) fingerprints.add(fingerprint);
    else {
      problems.push({
        file,
        reason: `line ${i + 1} is not a fingerprint (8 groups of 4 letters A–Z and digits 2–7, as the kiosk's console shows it): "${line.slice(0, 60)}"`,
      });
    }
  });
  return { fingerprints, problems };
}
