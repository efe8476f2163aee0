// The chart's series, apart from counts-chart.ts so that naming them does not load Chart.js: the
// verdicts stack in one bar per day, the second checks staff recorded in a second bar beside it.
export const VERDICT_SERIES = ['pass', 'refer', 'retry'] as const;
export const CHECK_SERIES = ['confirmed', 'notConfirmed', 'declined'] as const;
export type SeriesKey = (typeof VERDICT_SERIES)[number] | (typeof CHECK_SERIES)[number];
