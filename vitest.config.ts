import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // Server tests run in Node; the portal's component tests (web/**/*.test.tsx) pick happy-dom
    // with a `// @vitest-environment happy-dom` line.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.tsx', 'web/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
