// A titled card of label/value pairs: the console's read-only layout (Status, Sensor, Export).
// Values may hold ports and error texts in Latin script, so each is isolated (<bdi>) to keep its
// own direction in Arabic.
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  /** Marks a value staff should act on. */
  warn?: boolean;
  /** A test id on the value. */
  testId?: string;
}

export function Facts({ facts, className }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={className ? `facts ${className}` : 'facts'}>
      {facts.map((f) => (
        <div key={f.label} className={f.warn ? 'fact fact-warn' : 'fact'}>
          <dt>{f.label}</dt>
          <dd data-testid={f.testId}>
            <bdi>{f.value}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Card({
  id,
  title,
  testId,
  children,
}: {
  id: string;
  title: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className="console-card" data-testid={testId} aria-labelledby={id}>
      <h3 id={id} className="console-card-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
