// How typing in a control changes the config, and what else on the form follows from it.
import { fieldId } from './dom.js'
import { categoryOptions } from './form.js'
import { getAt, parseList, parsePath, setAt, setText } from './model.js'

/** Writes what a control holds into the config, as the JSON its data-kind calls for. */
export function readControl(model, control) {
  const path = parsePath(control.dataset.path)
  const value = control.value
  switch (control.dataset.kind) {
    case 'string': return setAt(model, path, value === '' ? undefined : value)
    case 'number': return setAt(model, path, value === '' ? undefined : Number(value))
    case 'bool': return setAt(model, path, control.checked)
    case 'list': return setAt(model, path, parseList(value))
    case 'text': return setText(model, path.slice(0, -1), path[path.length - 1], value)
    case 'data-items': {
      const group = control.closest('fieldset')
      const checked = [...group.querySelectorAll('input[type="checkbox"]:checked')].map((box) => box.value)
      const others = parseList(group.querySelector('input.other').value).filter((item) => !checked.includes(item))
      return setAt(model, path, [...checked, ...others])
    }
  }
}

// Renaming a category or vendor shows in its legend, and category ids in every vendor's choices.
export function afterRename(model, form, path) {
  const match = /^(categories|vendors)\[(\d+)\]\.id$/.exec(path)
  if (!match) return
  const legend = document.getElementById(fieldId(`${match[1]}[${match[2]}]`) + '-legend')
  legend.querySelector('.item-name').textContent = String(getAt(model, [match[1], Number(match[2]), 'id']) ?? '')
  if (match[1] !== 'categories') return
  form.querySelectorAll('select[data-path^="vendors["][data-path$=".category"]').forEach((select) => {
    const value = select.value
    select.replaceChildren(...categoryOptions(model, value).map((option) => new Option(option.label, option.value, false, option.value === value)))
  })
}
