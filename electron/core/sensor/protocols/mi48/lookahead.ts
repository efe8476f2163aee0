// What the MI48 decoder has learnt about the bytes inside a pending (incomplete) reply: where
// later prefixes start, so that a complete reply hidden inside a bogus LENGTH is found without
// scanning the same bytes again on every chunk (see `completeReplyInside` in ./decoder.ts).
import { MI48_PREFIX } from './wire-format.js';

/** Prefixes found inside a pending (incomplete) reply, for `completeReplyInside`. */
export class Lookahead {
  /** Buffer index of the pending reply this state belongs to, or -1. */
  owner = -1;
  /** Prefixes starting before this index have been found. */
  scannedTo = 0;
  /** Prefixes inside the pending reply whose own reply is still incomplete. */
  pending: number[] = [];

  reset(owner: number): void {
    this.owner = owner;
    this.scannedTo = 0;
    this.pending.length = 0;
  }

  /**
   * Makes `owner` the pending reply. What was learnt about the bytes after a previous, earlier
   * owner still holds (a prefix is where it is; a bad reply stays bad), so only the prefixes
   * that are not after the new owner are dropped.
   */
  moveTo(owner: number): void {
    if (this.owner < 0 || owner < this.owner || owner >= this.scannedTo) {
      this.reset(owner);
      return;
    }
    this.owner = owner;
    let kept = 0;
    for (const at of this.pending) if (at >= owner + MI48_PREFIX.length) this.pending[kept++] = at;
    this.pending.length = kept;
  }

  /** The buffer dropped its first `count` bytes. */
  shift(count: number): void {
    if (count === 0) return;
    if (this.owner < count) {
      this.reset(-1);
      return;
    }
    this.owner -= count;
    this.scannedTo = Math.max(0, this.scannedTo - count);
    for (let i = 0; i < this.pending.length; i++) this.pending[i]! -= count;
  }
}
