// A wall clock that runs at the real pace but can be stepped, as NTP steps a clock that was off:
// set() puts it at any instant, forward or back, and it runs on from there.
export interface SteppedClock {
  now(): Date;
  /** Steps the clock to `at`; it keeps running from there. */
  set(at: number): void;
}

export function steppedClock(at: number): SteppedClock {
  let offset = at - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    set: (to) => {
      offset = to - Date.now();
    },
  };
}
