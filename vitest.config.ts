import { defineConfig, configDefaults } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/*.test.ts'],
    // Benchmark corpora link back to the project's own folders: never collect tests from them.
    exclude: [...configDefaults.exclude, 'bench/corpus/**', 'bench/out/**'],
    // Many tests spawn the real check or a build: on a loaded 2-core machine 5 s (the default) is
    // not enough for one that takes 1 s on a quiet one. A limit, not a timing assertion.
    testTimeout: 60_000,
  },
});
