import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The benchmarks run on their own, outside the unit and e2e projects:
//   npm run bench (browser.bench.test.ts), npm run bench:collector (collector.bench.test.ts)
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
