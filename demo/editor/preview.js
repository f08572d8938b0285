// Live previews: each iframe runs the real SDK (from /dist/esm) on the current config, one view
// and one language each, and is reloaded when the config changes.
import { h } from './dom.js'
import { t } from './i18n.js'

const VIEWS = ['banner', 'preferences', 'disclosure']
const LOCALES = ['ja', 'en']
const frames = []
let latest = null
let timer = null
let generation = 0

export function createPreview(container) {
  container.append(
    h('div', { class: 'preview-grid' }, LOCALES.map((locale) =>
      h('div', { class: 'preview-locale', lang: locale },
        h('h3', { 'data-text': locale }, t(locale)),
        VIEWS.map((view) => {
          const frame = h('iframe', { class: `preview-${view}`, 'data-view': view, 'data-locale': locale, src: 'about:blank' })
          frames.push(frame)
          return h('div', { class: 'preview-item' }, h('h4', { 'data-text': view }, t(view)), frame)
        })))))
  relabel()
  // A preview page asks for the config once it is ready; only our own frames get an answer.
  addEventListener('message', (event) => {
    const frame = frames.find((candidate) => candidate.contentWindow === event.source)
    if (!frame || event.origin !== location.origin || event.data?.type !== 'consentry-preview-ready') return
    event.source.postMessage({ type: 'consentry-preview-config', config: latest }, location.origin)
  })
}

/** Gives every frame a title in the current UI language (frames need a name for screen readers). */
export function relabel() {
  for (const frame of frames)
    frame.title = t('frameTitle', { view: t(frame.dataset.view), language: t(frame.dataset.locale) })
}

/** Shows `config` (a valid, normalised config) shortly after the last change; null keeps the last one. */
export function updatePreview(config) {
  document.getElementById('preview-stale').hidden = config !== null
  if (!config) return
  latest = config
  clearTimeout(timer)
  timer = setTimeout(() => {
    generation++
    for (const frame of frames) frame.src = `preview.html?view=${frame.dataset.view}&locale=${frame.dataset.locale}&g=${generation}`
  }, 300)
}
