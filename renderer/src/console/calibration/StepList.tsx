// Where the staff are in a wizard (the blackbody calibration, the site calibration): every step,
// the current one marked.
export function StepList<S extends string>({
  steps,
  step,
  label,
  name,
}: {
  steps: readonly S[];
  step: S;
  label: string;
  name: (step: S) => string;
}) {
  const at = steps.indexOf(step);
  return (
    <ol className="cal-steps" aria-label={label}>
      {steps.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'cal-steps-past' : i === at ? 'cal-steps-current' : undefined}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="cal-steps-number" aria-hidden="true">
            {i + 1}
          </span>
          {name(s)}
        </li>
      ))}
    </ol>
  );
}
