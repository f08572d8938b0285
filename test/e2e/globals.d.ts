import type { ConsentryApi } from '../../src/entries/api.js'

declare global {
  // The page's window.consentry, as seen from code passed to page.evaluate.
  const consentry: ConsentryApi
}
export {}
