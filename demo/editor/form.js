// The whole form, rebuilt from the config after anything that changes its shape (adding,
// moving, deleting, importing); typing only updates the config and never rebuilds.
import { fieldId, h } from './dom.js'
import { checkboxField, dataItemsField, listField, localizedField, selectField, textField } from './fields.js'
import { language, t } from './i18n.js'
import { getAt, pathString } from './model.js'

// The catalogue names the vendor fields still to confirm; the note shows the form's labels for them.
const FIELD_LABELS = { name: 'vendorName', policyUrl: 'vendorPolicyUrl', country: 'country', foreignSystemInfoUrl: 'foreignSystemInfoUrl', recipientMeasures: 'recipientMeasures' }

export const localized = (text) => (typeof text === 'string' ? text : (text?.[language()] ?? text?.ja ?? text?.en ?? ''))

function itemHeader(list, index, labelKey, name) {
  const legendId = fieldId(`${list}[${index}]`) + '-legend'
  const button = (action, delta, key) =>
    h('button', { type: 'button', id: `b-${list}-${index}-${key}`, 'data-action': action, 'data-list': list, 'data-index': index, 'data-delta': delta, 'aria-describedby': legendId }, t(key))
  return [
    h('legend', { id: legendId }, `${t(labelKey)} ${index + 1}: `, h('span', { class: 'item-name' }, name)),
    h('div', { class: 'item-actions' }, button('move', -1, 'moveUp'), button('move', 1, 'moveDown'), button('remove', 0, 'remove')),
  ]
}

function categoryItem(model, index) {
  const path = ['categories', index]
  return h('fieldset', { class: 'item', id: fieldId(pathString(path)), 'data-path': pathString(path) },
    itemHeader('categories', index, 'category', String(getAt(model, [...path, 'id']) ?? '')),
    textField(model, [...path, 'id'], 'categoryId'),
    localizedField(model, [...path, 'title'], 'categoryTitle'),
    localizedField(model, [...path, 'description'], 'categoryDescription', { multiline: true }),
    checkboxField(model, [...path, 'required'], 'required'),
    checkboxField(model, [...path, 'gpc'], 'gpc'))
}

export function categoryOptions(model, current) {
  const ids = (Array.isArray(model.categories) ? model.categories : []).map((category) => category?.id).filter((id) => typeof id === 'string' && id)
  if (current && !ids.includes(current)) ids.push(current)
  return [{ value: '', label: t('noCategory') }, ...ids.map((id) => ({ value: id, label: id }))]
}

function catalogueNote(entry) {
  return h('div', { class: 'note' },
    h('p', {}, t('fromCatalogue', { date: entry.checked }), entry.toConfirm.length ? ' ' + t('toConfirm', { fields: entry.toConfirm.map((field) => t(FIELD_LABELS[field] ?? field)).join(language() === 'ja' ? '、' : ', ') }) : ''),
    h('details', {}, h('summary', {}, t('sources')),
      h('ul', {}, entry.sources.map((source) => h('li', {}, /^https?:/.test(source) ? h('a', { href: source, rel: 'noreferrer' }, source) : source)))))
}

function vendorItem(state, index) {
  const { model } = state
  const path = ['vendors', index]
  const vendor = model.vendors[index]
  const entry = state.fromCatalogue.get(vendor)
  return h('fieldset', { class: 'item', id: fieldId(pathString(path)), 'data-path': pathString(path) },
    itemHeader('vendors', index, 'vendor', String(vendor?.id ?? '')),
    entry && catalogueNote(entry),
    textField(model, [...path, 'id'], 'vendorId'),
    localizedField(model, [...path, 'name'], 'vendorName'),
    selectField(model, [...path, 'category'], 'vendorCategory', categoryOptions(model, vendor?.category)),
    localizedField(model, [...path, 'purpose'], 'purpose', { multiline: true }),
    dataItemsField(model, [...path, 'dataItems'], state.knownDataItems),
    textField(model, [...path, 'policyUrl'], 'vendorPolicyUrl', { type: 'url' }),
    listField(model, [...path, 'cookies'], 'cookies'),
    listField(model, [...path, 'domains'], 'domains'),
    checkboxField(model, [...path, 'linksToPersonalData'], 'linksToPersonalData'),
    textField(model, [...path, 'country'], 'country', { autocomplete: 'off', maxlength: 2, size: 4 }),
    localizedField(model, [...path, 'address'], 'address'),
    h('fieldset', { class: 'appi28' },
      h('legend', {}, t('appi28')),
      textField(model, [...path, 'foreignSystemInfoUrl'], 'foreignSystemInfoUrl', { type: 'url' }),
      localizedField(model, [...path, 'recipientMeasures'], 'recipientMeasures', { multiline: true }),
      localizedField(model, [...path, 'countryUnknownReason'], 'countryUnknownReason')))
}

function cataloguePicker(state) {
  const groups = state.catalogue.categories.map((category) =>
    h('optgroup', { label: localized(category.title) },
      state.catalogue.vendors.filter((entry) => entry.category === category.id)
        .map((entry) => h('option', { value: entry.id }, `${localized(entry.name)} (${entry.id})`))))
  return h('div', { class: 'picker' },
    h('div', { class: 'field' }, h('label', { for: 'catalogue-pick' }, t('catalogue')), h('select', { id: 'catalogue-pick' }, groups)),
    h('button', { type: 'button', id: 'add-from-catalogue', 'data-action': 'add-from-catalogue' }, t('addFromCatalogue')))
}

const list = (value) => (Array.isArray(value) ? value : [])

export function renderForm(state) {
  const { model } = state
  return [
    h('fieldset', { class: 'group' }, h('legend', {}, t('site')),
      textField(model, ['revision'], 'revision', { hint: t('revisionHint') }),
      h('button', { type: 'button', id: 'revision-today', 'data-action': 'revision-today' }, t('revisionToday')),
      selectField(model, ['locale'], 'locale', [{ value: '', label: t('localeAuto') }, { value: 'ja', label: t('ja') }, { value: 'en', label: t('en') }]),
      textField(model, ['expiresAfterDays'], 'expiresAfterDays', { type: 'number', kind: 'number', min: 1, max: 3650 }),
      textField(model, ['policyUrl'], 'policyUrl'),
      textField(model, ['disclosureUrl'], 'disclosureUrl'),
      textField(model, ['rightsUrl'], 'rightsUrl'),
      textField(model, ['receipts', 'endpoint'], 'receiptsEndpoint'),
      checkboxField(model, ['googleConsentMode'], 'googleConsentMode')),
    h('fieldset', { class: 'group', id: fieldId('controller'), 'data-path': 'controller' }, h('legend', {}, t('controller')),
      localizedField(model, ['controller', 'name'], 'controllerName'),
      localizedField(model, ['controller', 'address'], 'controllerAddress'),
      textField(model, ['controller', 'contact'], 'controllerContact')),
    h('section', { class: 'group', id: fieldId('categories'), 'data-path': 'categories', 'aria-labelledby': 'categories-h' },
      h('h2', { id: 'categories-h' }, t('categories')),
      list(model.categories).map((_, index) => categoryItem(model, index)),
      h('button', { type: 'button', id: 'add-category', 'data-action': 'add-category' }, t('addCategory'))),
    h('section', { class: 'group', id: fieldId('vendors'), 'data-path': 'vendors', 'aria-labelledby': 'vendors-h' },
      h('h2', { id: 'vendors-h' }, t('vendors')),
      list(model.vendors).map((_, index) => vendorItem(state, index)),
      state.catalogue && cataloguePicker(state),
      h('button', { type: 'button', id: 'add-vendor', 'data-action': 'add-vendor' }, t('addVendor'))),
  ]
}
