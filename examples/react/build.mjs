// Builds the React example: the browser bundle and the server renderer.
// `mode` "development" gives React's development build, where StrictMode runs effects and
// state initialisers twice.
import { build } from 'vite'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))

export async function buildReactExample({ mode = 'production', outDir = 'dist' } = {}) {
  const common = {
    root,
    mode,
    logLevel: 'warn',
    configFile: fileURLToPath(new URL('vite.config.ts', import.meta.url)),
    // React picks its build from NODE_ENV, which a test runner sets to "test": follow the mode instead.
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  }
  await build({ ...common, build: { outDir: outDir + '/client', emptyOutDir: true } })
  await build({ ...common, build: { outDir: outDir + '/server', emptyOutDir: true, ssr: 'src/entry-server.tsx' } })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildReactExample()
