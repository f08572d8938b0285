import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The collector benchmark runs on its own, outside the unit and e2e projects:
//   npx vitest run --config bench/vitest.config.ts
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
