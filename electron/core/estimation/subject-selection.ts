// Which of a frame's warm regions (subject-finder.ts) is the person, for the per-frame pipeline
// (frame-analyzer.ts): not a blackbody that moved out of its region, and one person at a time,
// judged from the two largest sizeable regions. Allocation-free: results go to reused objects.
import type { BlackbodyCheck } from './blackbody-check.js';
import type { Box } from './observation.js';
import type { SubjectFinder } from './subject-finder.js';

/**
 * A blackbody-like patch elsewhere, when the blackbody region does not show it ('missing' or
 * 'non-uniform'): the blackbody moved, it is not a person. Its region id, or 0.
 */
export function movedBlackbodyId(
  subjects: SubjectFinder,
  count: number,
  blackbody: BlackbodyCheck,
): number {
  if (blackbody.state !== 'missing' && blackbody.state !== 'non-uniform') return 0;
  for (let id = 1; id <= count; id++) {
    const size = subjects.size[id]!;
    if (
      blackbody.looksLikeSource(
        size,
        subjects.maxCol[id]! - subjects.minCol[id]! + 1,
        subjects.maxRow[id]! - subjects.minRow[id]! + 1,
        subjects.minC[id]!,
        subjects.maxC[id]!,
        subjects.sumC[id]! / size,
      )
    ) {
      return id;
    }
  }
  return 0;
}

/** The two largest regions of at least `minPx` pixels, by id (0: none); reused every frame. */
export class LargestSubjects {
  first = 0;
  second = 0;

  /** Ranks regions 1…count, leaving out `skipId` (the moved blackbody, or 0). */
  rank(subjects: SubjectFinder, count: number, skipId: number, minPx: number): void {
    let first = 0;
    let second = 0;
    for (let id = 1; id <= count; id++) {
      if (id === skipId) continue;
      const size = subjects.size[id]!;
      if (size < minPx) continue;
      if (first === 0 || size > subjects.size[first]!) {
        second = first;
        first = id;
      } else if (second === 0 || size > subjects.size[second]!) {
        second = id;
      }
    }
    this.first = first;
    this.second = second;
  }
}

/** Writes region `id`'s bounding box into `box`. */
export function boundingBox(subjects: SubjectFinder, id: number, box: Box): Box {
  box.col = subjects.minCol[id]!;
  box.row = subjects.minRow[id]!;
  box.width = subjects.maxCol[id]! - box.col + 1;
  box.height = subjects.maxRow[id]! - box.row + 1;
  return box;
}
