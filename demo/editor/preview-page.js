// One preview: the real SDK on the config the editor sends, in one language and one view.
// Nothing is stored (memory storage) and no receipt is sent.
import { createConsentry, createMemoryStorage } from '/dist/esm/index.js'

const parameters = new URLSearchParams(location.search)
const view = parameters.get('view')
const locale = parameters.get('locale') === 'ja' ? 'ja' : 'en'
document.documentElement.lang = locale

// The dialog takes focus when it opens; a preview must not take the keyboard away from the
// form being typed in, so focus moves only once someone is working inside this frame.
const focus = HTMLElement.prototype.focus
HTMLElement.prototype.focus = function (options) {
  if (document.hasFocus()) focus.call(this, options)
}

let started = false
function start(config) {
  if (started || !config) return
  started = true
  const shown = { ...config, locale, reloadOnWithdraw: false }
  delete shown.receipts
  if (view === 'disclosure') {
    const table = document.createElement('div')
    table.setAttribute('data-consentry-disclosure', '')
    document.getElementById('page').append(table)
  }
  const api = createConsentry(shown, { storage: createMemoryStorage(), ui: view !== 'disclosure' })
  if (view === 'preferences') api.ready.then(() => api.show())
}

addEventListener('message', (event) => {
  if (event.origin === location.origin && event.source === parent && event.data?.type === 'consentry-preview-config') start(event.data.config)
})
parent.postMessage({ type: 'consentry-preview-ready' }, location.origin)
