// A countdown as staff and workers read it (kept free of React so tests import it under Node).

/** m:ss with Latin digits ("4:05", "29:59", "120:00"): read the same in every language. */
export function formatCountdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
