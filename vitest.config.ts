import { defineConfig, configDefaults } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/*.test.ts'],
    // Benchmark corpora link back to the project's own folders: never collect tests from them.
    exclude: [...configDefaults.exclude, 'bench/corpus/**', 'bench/out/**'],
  },
});
