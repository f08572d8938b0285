// Form controls bound to a JSON path of the config: data-path says where the value goes,
// data-kind how the typed text becomes JSON (see readControl in main.js).
import { fieldId, h } from './dom.js'
import { language, t } from './i18n.js'
import { dataItemLabel } from '/dist/esm/index.js'
import { getAt, getText, pathString, showList } from './model.js'

const hinted = (id, hint) => (hint ? [h('p', { class: 'hint', id: id + '-hint' }, hint), id + '-hint'] : [null, null])

export function textField(model, path, labelKey, { type = 'text', kind = 'string', hint, ...extra } = {}) {
  const p = pathString(path)
  const id = fieldId(p)
  const value = getAt(model, path)
  const [hintElement, hintId] = hinted(id, hint)
  return h('div', { class: 'field' },
    h('label', { for: id }, t(labelKey)),
    hintElement,
    h('input', { id, type, value: kind === 'list' ? showList(value) : String(value ?? ''), 'data-path': p, 'data-kind': kind, 'aria-describedby': hintId, ...extra }))
}

export const listField = (model, path, labelKey) => textField(model, path, labelKey, { kind: 'list', hint: t('listHint') })

/** A visible text in Japanese and English, grouped under one legend. */
export function localizedField(model, path, labelKey, { multiline = false } = {}) {
  const p = pathString(path)
  return h('fieldset', { class: 'pair', id: fieldId(p), 'data-path': p },
    h('legend', {}, t(labelKey)),
    ['ja', 'en'].map((locale) => {
      const id = fieldId(p + '.' + locale)
      const attributes = { id, lang: locale, value: getText(model, path, locale), 'data-path': p + '.' + locale, 'data-kind': 'text' }
      return h('div', { class: 'field' },
        h('label', { for: id }, t(locale)),
        multiline ? h('textarea', { ...attributes, rows: 2 }) : h('input', { ...attributes, type: 'text' }))
    }))
}

export function checkboxField(model, path, labelKey) {
  const p = pathString(path)
  const id = fieldId(p)
  return h('div', { class: 'field check' },
    h('input', { id, type: 'checkbox', checked: getAt(model, path) === true, 'data-path': p, 'data-kind': 'bool' }),
    h('label', { for: id }, t(labelKey)))
}

export function selectField(model, path, labelKey, options) {
  const p = pathString(path)
  const id = fieldId(p)
  const value = String(getAt(model, path) ?? '')
  return h('div', { class: 'field' },
    h('label', { for: id }, t(labelKey)),
    h('select', { id, 'data-path': p, 'data-kind': 'string' },
      options.map((option) => h('option', { value: option.value, selected: option.value === value }, option.label))))
}

/** Known data items as checkboxes, anything else as free text; together they make one list. */
export function dataItemsField(model, path, known) {
  const p = pathString(path)
  const current = getAt(model, path)
  const items = Array.isArray(current) ? current : []
  const otherId = fieldId(p) + '-other'
  return h('fieldset', { class: 'data-items', id: fieldId(p), 'data-path': p },
    h('legend', {}, t('dataItems')),
    h('div', { class: 'checks' }, known.map((item) => {
      const id = fieldId(p) + '-' + item
      return h('div', { class: 'field check' },
        h('input', { id, type: 'checkbox', value: item, checked: items.includes(item), 'data-path': p, 'data-kind': 'data-items' }),
        h('label', { for: id }, dataItemLabel(item, language())))
    })),
    h('div', { class: 'field' },
      h('label', { for: otherId }, t('otherDataItems')),
      h('input', { id: otherId, type: 'text', class: 'other', value: showList(items.filter((item) => !known.includes(item))), 'data-path': p, 'data-kind': 'data-items' })))
}
