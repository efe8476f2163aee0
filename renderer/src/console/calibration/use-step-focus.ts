// On each new step of a wizard, take keyboard and screen-reader focus to its heading.
import { useEffect, useRef } from 'react';

/** The ref goes on the element holding the current step; its `.cal-heading` takes the focus. */
export function useStepFocus(step: string) {
  const stepRef = useRef<HTMLDivElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    stepRef.current?.querySelector<HTMLElement>('.cal-heading')?.focus();
  }, [step]);
  return stepRef;
}
