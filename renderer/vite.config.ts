// Builds the walk-through screen into dist/renderer. The page runs under a strict CSP (one policy,
// electron/app/csp.ts, sent as a header by both transports), so the build must not add any inline
// script or style.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs, so the same build loads from kiosk://app in Electron and over http locally.
  base: './',
  plugins: [react()],
  // `@contract/…` is electron/contract (the same mapping as `paths` in renderer/tsconfig.json).
  resolve: {
    alias: { '@contract': fileURLToPath(new URL('../electron/contract', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The preload polyfill is injected as an inline script, which the CSP would block.
    modulePreload: { polyfill: false },
    // Keep every asset a file: a font inlined as a data: URL would be blocked by font-src 'self'.
    assetsInlineLimit: 0,
  },
});
