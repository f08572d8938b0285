import typescript from '@rollup/plugin-typescript'
import resolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { resolve as resolvePath } from 'node:path'

// Dependencies may read process.env.NODE_ENV; browsers have no `process`.
const productionEnv = {
  name: 'production-env',
  transform: (code) => (code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null } : null),
}

// The vendor catalogue ships as plain data beside the builds, for the config editor and other tools.
const catalogueFile = {
  name: 'catalogue-file',
  writeBundle() {
    mkdirSync('dist/catalogue', { recursive: true })
    copyFileSync('src/catalogue/vendors.json', 'dist/catalogue/vendors.json')
  },
}

// Every locale but the built-in ja and en is a chunk of its own, dist/consentry-locale-<tag>.js,
// built from its source file (src/locales/<tag>.ts) by an entry written here.
const LOCALE_CHUNKS = readdirSync('src/locales')
  .filter((name) => /^[a-z]{2}(-[A-Z][a-z]{3})?\.ts$/.test(name))
  .map((name) => name.slice(0, -3))
  .filter((tag) => tag !== 'ja' && tag !== 'en')
const LOCALE_ENTRY = '\0consentry-locale:'
const localeEntry = {
  name: 'locale-entry',
  resolveId: (id) => (id.startsWith(LOCALE_ENTRY) ? id : null),
  load(id) {
    if (!id.startsWith(LOCALE_ENTRY)) return null
    const tag = id.slice(LOCALE_ENTRY.length)
    // Handed over the way registerChunk (src/adapters/chunks) hands a chunk's export over.
    return `import * as text from ${JSON.stringify(resolvePath('src/locales/' + tag + '.ts'))}
window[Symbol.for(${JSON.stringify('consentry.locale-' + tag)})] = { ...text }`
  },
}

const plugins = (preamble) => [
  resolve({ browser: true }),
  productionEnv,
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*'], exclude: ['**/*.test.ts', '**/*.test.tsx'], noEmitOnError: true, declaration: false }),
  terser({ ecma: 2020, toplevel: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false, preamble } }),
]

// V8's explicit compile hint, for files whose functions nearly all run as soon as they load:
// compiling them at once costs less main-thread time than compiling each on its first call
// (npm run bench:hint measures it). Not for the chunks that mostly wait for a click.
const COMPILE_ALL = '//# allFunctionsCalledOnLoad'
const COMPILED_AT_ONCE = new Set(['ui', 'check'])

export default [
  // The classic script for <head>: everything a returning visitor needs, nothing more.
  {
    input: 'src/entries/script.ts',
    // Maps are published beside the files without a sourceMappingURL comment: every visitor
    // would pay for the comment. Load them in the browser's developer tools by hand.
    output: { file: 'dist/consentry.js', format: 'iife', sourcemap: 'hidden' },
    plugins: plugins(COMPILE_ALL),
  },
  // Chunks that consentry.js loads from its own directory only when needed.
  ...['ui', 'preferences', 'check', 'decision', 'sha256', 'disclosure', 'integrations', 'placeholder', 'region', 'notice'].map((name) => ({
    input: `src/entries/${name}.ts`,
    // A page may replace or break window.Promise; an async function always returns the
    // browser's own, so the chunk uses that one (preact, for one, reads Promise as it loads).
    output: { file: `dist/consentry-${name}.js`, format: 'iife', sourcemap: 'hidden', intro: 'const Promise = (async () => {})().constructor;' },
    plugins: plugins(COMPILED_AT_ONCE.has(name) ? COMPILE_ALL : undefined),
  })),
  // One language's words each, loaded with the banner for a visitor who reads that language.
  ...LOCALE_CHUNKS.map((tag) => ({
    input: LOCALE_ENTRY + tag,
    output: { file: `dist/consentry-locale-${tag}.js`, format: 'iife', sourcemap: 'hidden' },
    // Plain data, so no TypeScript compile: rollup reads the object literals as they are.
    plugins: [localeEntry, plugins()[0], plugins()[3]],
  })),
  // The ESM build: createConsentry, parseConsentCookie, validateConfig; the UI is split off and imported on demand.
  {
    input: 'src/entries/index.ts',
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, entryFileNames: 'index.js', chunkFileNames: '[name]-[hash].js' },
    plugins: [...plugins(), catalogueFile],
  },
  // The receipt collector, for Node: the consentry-collector command and its library entry.
  {
    input: { main: 'src/collector/main.ts', index: 'src/collector/index.ts' },
    output: { dir: 'dist/collector', format: 'es', entryFileNames: '[name].js', banner: (chunk) => (chunk.name === 'main' ? '#!/usr/bin/env node' : '') },
    external: (id) => id.startsWith('node:') || id === 'better-sqlite3' || id === 'pg',
    plugins: [typescript({ tsconfig: './tsconfig.json', include: ['src/**/*'], exclude: ['**/*.test.ts', '**/*.test.tsx'], noEmitOnError: true, declaration: false })],
  },
  // The consentry command (disclosure notices for static publishing).
  {
    input: 'src/cli/main.ts',
    output: { file: 'dist/cli/consentry.js', format: 'es', banner: '#!/usr/bin/env node' },
    // playwright-core is loaded only by `consentry scan`, from the user's own install.
    external: (id) => id.startsWith('node:') || id === 'playwright-core',
    plugins: [typescript({ tsconfig: './tsconfig.json', include: ['src/**/*'], exclude: ['**/*.test.ts', '**/*.test.tsx'], noEmitOnError: true, declaration: false })],
  },
]
