// The layer table: which folder may import what. An allow-list in the style of VS Code's layer
// rules: each layer names the folders (or single files) and npm packages it may import; its own
// folder is always allowed; anything else fails lint (rule `layers/allowed-imports`, in
// layer-rule.mjs). A file in no layer here (test/, scripts/, config files) may import anything.
//
// Keys: a folder (`electron/app`, everything below it) or a folder's own files (`electron/*.ts`).
// `may` entries: a folder, `folder/*.ts`, or one file (`electron/app/child-guard.ts`).
// `packages`: npm package names; NODE stands for every Node built-in (`node:fs`, `fs`, …).
// `reach`: a folder this layer must import through an alias, never by a relative path.

export const NODE = 'node built-ins';

const CONTRACT = 'electron/contract';
const CORE = 'electron/core';

/** @type {Record<string, { may: string[], packages: string[], reach?: Record<string, string>, why: string }>} */
export const LAYERS = {
  [CONTRACT]: {
    why: 'the contract is shared with the renderer: schemas and types, nothing that runs',
    may: [],
    packages: ['zod'],
  },

  // The core runs under plain Node (no Electron, no simulator, no app). Each core folder lists
  // the others it builds on; the direction is sensor → estimation → calibration/records/… →
  // services → the Kiosk (electron/core/*.ts).
  [`${CORE}/sensor`]: {
    why: 'serial links and protocol decoders',
    may: [CONTRACT],
    packages: [NODE, 'serialport', 'zod'],
  },
  [`${CORE}/estimation`]: {
    why: 'frames to temperatures and verdicts',
    may: [CONTRACT, `${CORE}/sensor`],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/calibration`]: {
    why: 'camera and site calibration sessions',
    may: [CONTRACT, `${CORE}/estimation`],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/staff`]: {
    why: 'PINs and staff sessions',
    may: [CONTRACT],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/records`]: {
    why: 'the counts database and its exports',
    may: [CONTRACT, `${CORE}/estimation`, `${CORE}/settings`],
    packages: [NODE, 'better-sqlite3', 'zod'],
  },
  [`${CORE}/settings`]: {
    why: 'the kiosk settings and how they shape the engine',
    may: [CONTRACT, `${CORE}/estimation`, `${CORE}/records`, `${CORE}/staff`],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/evaluation`]: {
    why: 'accuracy on recorded clinical data (FDA thermography)',
    may: [`${CORE}/estimation`, `${CORE}/prng.ts`],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/bundle`]: {
    why: 'signed counts bundles: the signing key, writing and verifying a bundle',
    may: [CONTRACT, `${CORE}/records`, `${CORE}/settings`],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/rollup`]: {
    why: 'the multi-site roll-up: merging verified bundles, suppression, the report',
    may: [
      CONTRACT,
      `${CORE}/bundle`,
      `${CORE}/records/local-date.ts`,
      `${CORE}/records/csv-field.ts`,
    ],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/services`]: {
    why: 'the calls the kiosk answers, built on the other core folders',
    may: [
      CONTRACT,
      `${CORE}/sensor`,
      `${CORE}/estimation`,
      `${CORE}/calibration`,
      `${CORE}/records`,
      `${CORE}/settings`,
      `${CORE}/staff`,
      `${CORE}/bundle`,
      `${CORE}/kiosk-persistence.ts`,
    ],
    packages: [NODE, 'zod'],
  },
  [`${CORE}/*.ts`]: {
    why: 'the Kiosk: wires the core folders together',
    may: [
      CONTRACT,
      `${CORE}/sensor`,
      `${CORE}/estimation`,
      `${CORE}/calibration`,
      `${CORE}/records`,
      `${CORE}/settings`,
      `${CORE}/staff`,
      `${CORE}/services`,
    ],
    packages: [NODE, 'zod'],
  },

  'electron/host': {
    why: 'the browser kiosk: a local HTTP and WebSocket host for the renderer',
    may: [CONTRACT, 'electron/app/renderer-files.ts'],
    packages: [NODE, 'ws'],
  },
  'electron/app': {
    why: 'builds a running kiosk from options (shared by the CLI and Electron); never the simulator itself',
    may: [CONTRACT, CORE, 'electron/simulation/demo-sensor.ts'],
    packages: [NODE, 'zod'],
  },
  'electron/simulation': {
    why: 'what runs on the simulator: the demo sensor, `kiosk sim`, the simulated evaluations',
    may: [CONTRACT, CORE, 'electron/app', 'native-mocks'],
    packages: [NODE],
  },
  'electron/cli': {
    why: 'the `kiosk` command line',
    may: [CONTRACT, CORE, 'electron/app', 'electron/host', 'electron/simulation'],
    packages: [NODE, 'serialport'],
  },
  'electron/*.ts': {
    why: 'the Electron shell: the only place that imports electron',
    may: [CONTRACT, 'electron/app'],
    packages: [NODE, 'electron'],
  },

  'native-mocks': {
    why: 'the simulated sensors and people; reuses the core decoders and constants it mirrors',
    may: [
      `${CORE}/sensor`,
      `${CORE}/estimation`,
      `${CORE}/evaluation`,
      `${CORE}/prng.ts`,
      // The one process guard, so a pty pair's socat is ended like every other child.
      'electron/app/child-guard.ts',
    ],
    packages: [NODE, 'serialport', 'esbuild', 'prettier'],
  },

  'renderer/src': {
    why: 'the screens: they see the kiosk only through the contract',
    may: [CONTRACT],
    reach: { [CONTRACT]: '@contract/' },
    packages: ['react', 'react-dom', 'zustand', 'i18next', 'react-i18next', 'chart.js'],
  },
};

/** Import prefixes that name a project folder (kept in step with the tsconfig `paths`). */
export const ALIASES = { '@contract/': `${CONTRACT}/` };
