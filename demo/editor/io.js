// Import and export of the config file.
import { h } from './dom.js'

/** The JSON as the file will hold it: two-space indents and a final newline, like `consentry check --fix`. */
export const configText = (model) => JSON.stringify(model, null, 2) + '\n'

export function download(model, name = 'consent.json') {
  const url = URL.createObjectURL(new Blob([configText(model)], { type: 'application/json' }))
  const link = h('a', { href: url, download: name, hidden: true })
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Parses a config file; throws with a readable message when it is not a JSON object. */
export function parseConfig(text) {
  const value = JSON.parse(text)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the file must hold one JSON object')
  return value
}
