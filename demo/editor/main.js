import { DATA_ITEMS, practicalWarnings, validateConfig } from '/dist/esm/index.js'
import { addFromCatalogue, knownDataItems, loadCatalogue } from './catalogue.js'
import { renderDiff } from './diff.js'
import { fieldId } from './dom.js'
import { afterRename, readControl } from './controls.js'
import { localized, renderForm } from './form.js'
import { language, setLanguage, t } from './i18n.js'
import { download, parseConfig } from './io.js'
import { moveItem, setAt, today } from './model.js'
import { createPreview, relabel, updatePreview } from './preview.js'
import { showProblems } from './problems.js'

const state = { model: {}, previous: null, catalogue: null, knownDataItems: [], fromCatalogue: new WeakMap() }
const form = document.getElementById('config-form')
const status = document.getElementById('status')

/** Announces a message; cleared first so the same words are read out again. */
function say(text) {
  status.textContent = ''
  setTimeout(() => (status.textContent = text), 50)
}

function refresh() {
  const result = validateConfig(state.model)
  // The same practical warnings as `consentry check`, compared with the version loaded last.
  if (result.config) {
    const previous = state.previous && validateConfig(state.previous).config
    result.warnings = [...result.warnings, ...practicalWarnings(result.config, previous)]
  }
  showProblems(form, document.getElementById('problems'), result)
  renderDiff(document.getElementById('diff-body'), state.previous, state.model)
  updatePreview(result.config)
}

function render(focusId) {
  form.replaceChildren(...renderForm(state))
  refresh()
  if (focusId) document.getElementById(focusId)?.focus()
}

function translatePage() {
  document.documentElement.lang = language()
  document.title = t('title')
  document.querySelectorAll('[data-text]').forEach((element) => (element.textContent = t(element.dataset.text)))
  document.querySelectorAll('[data-action="lang"]').forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.lang === language())))
  relabel()
}

form.addEventListener('input', (event) => {
  const control = event.target.closest('[data-kind]')
  if (!control) return
  readControl(state.model, control)
  afterRename(state.model, form, control.dataset.path)
  refresh()
})
form.addEventListener('submit', (event) => event.preventDefault())

function load(text, name) {
  try {
    state.model = parseConfig(text)
  } catch (error) {
    return say(t('statusBadJson', { error: error.message }))
  }
  state.previous = structuredClone(state.model)
  state.fromCatalogue = new WeakMap()
  render()
  say(t('statusLoaded', { name }))
}

const itemName = (list) => t(list === 'categories' ? 'category' : 'vendor')

const actions = {
  lang(button) {
    setLanguage(button.dataset.lang)
    localStorage.setItem('consentry-editor-lang', language())
    translatePage()
    render(button.id)
  },
  'add-category'() {
    if (!Array.isArray(state.model.categories)) state.model.categories = []
    state.model.categories.push({})
    render(fieldId(`categories[${state.model.categories.length - 1}].id`))
    say(t('statusAdded', { what: t('category') }))
  },
  'add-vendor'() {
    if (!Array.isArray(state.model.vendors)) state.model.vendors = []
    state.model.vendors.push({})
    render(fieldId(`vendors[${state.model.vendors.length - 1}].id`))
    say(t('statusAdded', { what: t('vendor') }))
  },
  'add-from-catalogue'() {
    const added = addFromCatalogue(state, document.getElementById('catalogue-pick').value)
    if (!added) return
    render(fieldId(`vendors[${added.index}].id`))
    say(t('statusAdded', { what: localized(state.model.vendors[added.index].name) }))
  },
  move(button) {
    const { list, index, delta } = button.dataset
    const from = Number(index)
    if (!Array.isArray(state.model[list]) || !moveItem(state.model[list], from, Number(delta))) return say(t('statusEdge'))
    render(`b-${list}-${from + Number(delta)}-${Number(delta) < 0 ? 'moveUp' : 'moveDown'}`)
    say(t('statusMoved', { what: itemName(list) }))
  },
  remove(button) {
    const { list, index } = button.dataset
    state.model[list].splice(Number(index), 1)
    render(list === 'categories' ? 'add-category' : 'add-vendor')
    say(t('statusRemoved', { what: itemName(list) }))
  },
  'revision-today'() {
    setAt(state.model, ['revision'], today())
    document.getElementById(fieldId('revision')).value = today()
    refresh()
    say(t('statusRevision', { revision: today() }))
  },
  export() {
    download(state.model)
    const { errors } = validateConfig(state.model)
    say(errors.length ? t('statusExportedInvalid', { errors: errors.length }) : t('statusExported'))
  },
  'load-pasted'() {
    load(document.getElementById('paste').value, t('paste'))
  },
  new() {
    state.model = {}
    state.previous = null
    render('revision-today')
    say(t('statusNew'))
  },
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-focus]')
  if (link) {
    event.preventDefault()
    const target = document.getElementById(link.dataset.focus)
    ;(target?.matches('input, select, textarea') ? target : target?.querySelector('input, select, textarea'))?.focus()
    return
  }
  const button = event.target.closest('button[data-action]')
  if (button) actions[button.dataset.action]?.(button)
})

document.getElementById('open').addEventListener('change', async (event) => {
  const file = event.target.files?.[0]
  if (file) load(await file.text(), file.name)
})

setLanguage(localStorage.getItem('consentry-editor-lang') ?? (navigator.language.startsWith('ja') ? 'ja' : 'en'))
createPreview(document.getElementById('preview-body'))
translatePage()
state.catalogue = await loadCatalogue()
// The shared vocabulary first, then whatever else the catalogue's vendors declare.
state.knownDataItems = [...new Set([...Object.keys(DATA_ITEMS), ...knownDataItems(state.catalogue)])]
render()
