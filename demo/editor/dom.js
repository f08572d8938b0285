/** Builds an element: h('p', { class: 'note' }, 'text', child). Attributes set to null or false are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue
    if (name === 'value' || name === 'checked' || name === 'selected') element[name] = value
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) element.append(child)
  return element
}

/** A DOM id derived from a JSON path, so messages can point at the field they are about. */
export const fieldId = (path) => 'f-' + path.replace(/[^\w-]/g, '_')
