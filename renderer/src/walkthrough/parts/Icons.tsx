// Simple line pictograms beside the words, for people who read the language slowly. Decorative:
// hidden from screen readers, drawn in the text colour, no inline style (the CSP forbids it).
import type { ReactNode } from 'react';

function Icon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={3.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** One person. */
export function PersonIcon() {
  return (
    <Icon>
      <circle cx="24" cy="15" r="7" />
      <path d="M10 42c0-9 6-15 14-15s14 6 14 15" />
    </Icon>
  );
}

/** Glasses, struck through: take them off. */
export function NoGlassesIcon() {
  return (
    <Icon>
      <circle cx="14" cy="27" r="7" />
      <circle cx="34" cy="27" r="7" />
      <path d="M21 26c2-2 4-2 6 0M7 25 4 19M41 25l3-6" />
      <path d="M8 8l32 32" />
    </Icon>
  );
}

/** An eye: look here. */
export function EyeIcon() {
  return (
    <Icon>
      <path d="M4 24c5-9 12-14 20-14s15 5 20 14c-5 9-12 14-20 14S9 33 4 24Z" />
      <circle cx="24" cy="24" r="6" />
    </Icon>
  );
}

export function CheckIcon() {
  return (
    <Icon className="icon-verdict">
      <circle cx="24" cy="24" r="20" />
      <path d="M14 25l7 7 13-15" />
    </Icon>
  );
}

/** A clinical thermometer: the second check staff will make. */
export function ThermometerIcon() {
  return (
    <Icon className="icon-verdict">
      <path d="M20 29.5V10a4 4 0 0 1 8 0v19.5a8 8 0 1 1-8 0Z" />
      <path d="M24 17v18" />
    </Icon>
  );
}

/** Go round again. */
export function RetryIcon() {
  return (
    <Icon className="icon-verdict">
      <path d="M38 16A16 16 0 1 0 40 28" />
      <path d="M39 6v10H29" />
    </Icon>
  );
}

export function PauseIcon() {
  return (
    <Icon className="icon-verdict">
      <circle cx="24" cy="24" r="20" />
      <path d="M19 16v16M29 16v16" />
    </Icon>
  );
}
