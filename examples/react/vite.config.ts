import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig(({ mode }) => ({
  // In an app of your own, `consentry` comes from node_modules; here it is this repository's build.
  resolve: { alias: { consentry: fileURLToPath(new URL('../../dist/esm/index.js', import.meta.url)) } },
  // The JSX runtime follows the mode, not NODE_ENV (which test runners set to "test").
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: mode === 'development' } },
  build: { outDir: 'dist/client', emptyOutDir: true },
}))
