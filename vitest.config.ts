import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Renderer modules under test import the contract as `@contract/…` (renderer/tsconfig.json).
  resolve: {
    alias: { '@contract': fileURLToPath(new URL('electron/contract', import.meta.url)) },
  },
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/conformance/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/security/**/*.test.ts',
      'test/faults/**/*.test.ts',
    ],
    // Integration tests use the bundled worker and CLI: build them once before any test runs.
    globalSetup: ['test/support/build-once.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
