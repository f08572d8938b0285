import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  // In an app of your own, `consentry` comes from node_modules; here it is this repository's build.
  resolve: { alias: { consentry: fileURLToPath(new URL('../../dist/esm/index.js', import.meta.url)) } },
})
