// The config being edited is kept as plain JSON, exactly as it will be exported: fields the
// form does not show survive import and export untouched, and empty fields are left out.

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether a value means "not set": the key is then removed rather than written empty. */
const isUnset = (value) => value === undefined || value === '' || value === false || (Array.isArray(value) && !value.length)

/** The JSON path the validator uses in its messages: vendors[0].purpose.ja. */
export const pathString = (path) =>
  path.reduce((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    if (/^[A-Za-z$][\w$]*$/.test(key)) return text ? `${text}.${key}` : key
    return `${text}[${JSON.stringify(key)}]`
  }, '')

/** vendors[0].purpose.ja → ['vendors', 0, 'purpose', 'ja'] (plain keys only, as the form writes them). */
export const parsePath = (text) => text.split(/\.|\[(\d+)\]/).filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key))

export const getAt = (root, path) => path.reduce((node, key) => (node == null ? undefined : node[key]), root)

export function setAt(root, path, value) {
  const parents = []
  let node = root
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
    parents.push([node, key])
    node = node[key]
  }
  if (isUnset(value)) delete node[path[path.length - 1]]
  else node[path[path.length - 1]] = value
  // Objects left empty go too, but never an item of a list: that would shift the others.
  for (const [parent, key] of parents.reverse()) {
    if (Array.isArray(parent) || !isObject(parent[key]) || Object.keys(parent[key]).length) break
    delete parent[key]
  }
}

/** One language of a text field, which may be a single string for every language. */
export function getText(root, path, locale) {
  const value = getAt(root, path)
  return typeof value === 'string' ? value : isObject(value) ? (value[locale] ?? '') : ''
}

export function setText(root, path, locale, text) {
  const current = getAt(root, path)
  const next = typeof current === 'string' ? { ja: current, en: current } : isObject(current) ? { ...current } : {}
  if (text) next[locale] = text
  else delete next[locale]
  setAt(root, path, Object.keys(next).length ? next : undefined)
}

/** A list typed as text: "a, b c" → ['a', 'b', 'c']. */
export const parseList = (text) => text.split(/[\s,]+/).filter(Boolean)
export const showList = (value) => (Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value))

/** Moves list[index] by delta places; false when it is already at that end. */
export function moveItem(list, index, delta) {
  const target = index + delta
  if (target < 0 || target >= list.length) return false
  const [item] = list.splice(index, 1)
  list.splice(target, 0, item)
  return true
}

/** A stable key for comparing two versions: objects with sorted keys. */
export function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']'
  if (isObject(value)) return '{' + Object.keys(value).sort().map((key) => JSON.stringify(key) + ':' + canonical(value[key])).join(',') + '}'
  return JSON.stringify(value)
}

export const today = () => new Date().toISOString().slice(0, 10)
