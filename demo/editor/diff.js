// What changed since the file was loaded: the same comparison `consentry check --previous`
// makes, shown while editing, with the reminder to change the revision.
import { h } from './dom.js'
import { t } from './i18n.js'
import { canonical } from './model.js'

const byId = (list) => new Map((Array.isArray(list) ? list : []).map((item) => [String(item?.id ?? '?'), item]))

export function compareLists(before, after) {
  const old = byId(before)
  const now = byId(after)
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && canonical(old.get(id)) !== canonical(now.get(id))),
  }
}

/** Renders the comparison into `container`; true when the reminder to change the revision shows. */
export function renderDiff(container, previous, model) {
  if (!previous) {
    container.replaceChildren(h('p', {}, t('diffFresh')))
    return false
  }
  const lines = []
  for (const [noun, before, after] of [['diffCategories', previous.categories, model.categories], ['diffVendors', previous.vendors, model.vendors]]) {
    const changes = compareLists(before, after)
    for (const kind of ['added', 'removed', 'changed'])
      if (changes[kind].length) lines.push(h('li', { class: kind }, `${t(kind)} (${t(noun)}): ${changes[kind].join(', ')}`))
  }
  const remind = lines.length > 0 && previous.revision === model.revision
  container.replaceChildren(
    lines.length ? h('ul', {}, lines) : h('p', {}, t('diffNone')),
    ...(remind
      ? [
          h('p', { class: 'warn', id: 'bump-revision' }, t('bumpRevision', { revision: String(model.revision ?? '') })),
          h('button', { type: 'button', 'data-action': 'revision-today' }, t('revisionToday')),
        ]
      : []),
  )
  return remind
}
