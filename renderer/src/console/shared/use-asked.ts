// Asks the kiosk once when mounted and again on each reload(), for a tab's one-off facts (sensor
// options, whether an HR PIN is set). The answer is handled in the promise's callback, never in
// the effect itself, and an answer that arrives after unmount or after a newer ask is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '@contract/api.js';

/** `ask` must be stable (useCallback); `onAnswer` may change on every render. */
export function useAsked<T>(
  ask: () => Promise<Result<T>>,
  onAnswer: (result: Result<T>) => void,
): () => void {
  const [asks, setAsks] = useState(0);
  const handler = useRef(onAnswer);
  useEffect(() => {
    handler.current = onAnswer;
  });
  useEffect(() => {
    let current = true;
    void ask().then((result) => {
      if (current) handler.current(result);
    });
    return () => {
      current = false;
    };
  }, [ask, asks]);
  return useCallback(() => setAsks((n) => n + 1), []);
}
