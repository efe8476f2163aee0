// How a temperature reads in the languages written left to right (all but Arabic, which wraps it
// in isolates: see ar.ts): the same in each, so written once.
export const LTR_TEMPERATURE = {
  // A no-break space: the number and its unit never split across lines.
  value: '{{value}}\u00a0{{unit}}',
  unit: {
    C: '°C',
    F: '°F',
  },
};
