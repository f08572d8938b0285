// Shows validateConfig's messages, in the editor's language as `consentry check --lang` prints
// them, next to the field each one names and in a list of links to those fields.
import { localizeMessage } from '/dist/esm/index.js'
import { h } from './dom.js'
import { language, t } from './i18n.js'

/** The JSON path a message starts with: "vendors[0].id is required" → "vendors[0].id". */
const messagePath = (message) => message.split(' ')[0]

/** The control or group a path names, else the nearest enclosing one that is on the form. */
function targetFor(form, path) {
  let current = path
  while (current) {
    const found = form.querySelector(`[data-path="${CSS.escape(current)}"]`)
    if (found) return found
    const shorter = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '')
    if (shorter === current) return null
    current = shorter
  }
  return null
}

function attach(target, kind, text, number) {
  const id = `msg-${number}`
  const message = h('p', { class: `field-msg ${kind}`, id }, `${t(kind)}: ${localizeMessage(text, language())}`)
  if (target.matches('fieldset, section')) {
    const legend = target.querySelector(':scope > legend, :scope > h2')
    legend ? legend.after(message) : target.prepend(message)
    return target.id
  }
  target.closest('.field').append(message)
  target.setAttribute('aria-invalid', kind === 'error' ? 'true' : 'false')
  target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), id].filter(Boolean).join(' '))
  return target.id
}

function clear(form) {
  form.querySelectorAll('.field-msg').forEach((message) => message.remove())
  form.querySelectorAll('[aria-invalid]').forEach((control) => {
    control.removeAttribute('aria-invalid')
    const kept = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('msg-'))
    kept.length ? control.setAttribute('aria-describedby', kept.join(' ')) : control.removeAttribute('aria-describedby')
  })
}

/** Puts the messages on the form and into the summary; returns nothing, the DOM is the output. */
export function showProblems(form, summary, { errors, warnings }) {
  clear(form)
  const lines = [...errors.map((text) => ['error', text]), ...warnings.map((text) => ['warning', text])]
  const items = lines.map(([kind, text], number) => {
    const target = targetFor(form, messagePath(text))
    const id = target ? attach(target, kind, text, number) : null
    const label = `${t(kind)}: ${localizeMessage(text, language())}`
    return h('li', { class: kind }, id ? h('a', { href: '#' + id, 'data-focus': id }, label) : label)
  })
  summary.querySelector('.count').textContent = lines.length
    ? t('problemCount', { errors: errors.length, warnings: warnings.length })
    : t('noProblems')
  summary.querySelector('ul').replaceChildren(...items)
}
