import { defineConfig } from 'vitest/config';

const AUDIT_KEY = './src/platform/testing/audit-key.setup.ts';

// Three tiers (shared/design.md): pure rules, services on a real database (PGlite and PostgreSQL), whole tasks in a browser.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts'],
          setupFiles: [AUDIT_KEY],
        },
      },
      { test: { name: 'db', include: ['src/**/*.db.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, setupFiles: [AUDIT_KEY] } },
      { test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
