// Whole seconds counting down to zero (the PIN lockout): start(n) begins at n.
import { useCallback, useEffect, useState } from 'react';

export function useCountdown(): [seconds: number, start: (seconds: number) => void] {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return [seconds, useCallback((n: number) => setSeconds(Math.max(0, Math.ceil(n))), [])];
}
