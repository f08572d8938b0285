// The vendor catalogue that ships in dist/: picking an entry fills in a vendor, and its
// suggested category too when the config has none of that id yet.

export async function loadCatalogue() {
  try {
    const response = await fetch('/dist/catalogue/vendors.json')
    return response.ok ? await response.json() : null
  } catch {
    return null
  }
}

/** The data items the catalogue uses, in the order they first appear: the form offers them as checkboxes. */
export const knownDataItems = (catalogue) => [...new Set((catalogue?.vendors ?? []).flatMap((entry) => entry.dataItems))]

const uniqueId = (id, taken) => {
  if (!taken.has(id)) return id
  let n = 2
  while (taken.has(`${id}-${n}`)) n++
  return `${id}-${n}`
}

/** Adds the entry to the config; returns the new vendor's index and whether a category was added. */
export function addFromCatalogue(state, entryId) {
  const entry = state.catalogue.vendors.find((candidate) => candidate.id === entryId)
  if (!entry) return null
  const model = state.model
  if (!Array.isArray(model.categories)) model.categories = []
  if (!Array.isArray(model.vendors)) model.vendors = []
  const { checked: _checked, sources: _sources, toConfirm: _toConfirm, ...fields } = structuredClone(entry)
  // Empty lists are the default; leaving them out keeps the exported file short.
  for (const key of Object.keys(fields)) if (Array.isArray(fields[key]) && !fields[key].length) delete fields[key]
  const vendor = { ...fields, id: uniqueId(entry.id, new Set(model.vendors.map((item) => item?.id))) }
  const categoryAdded = !model.categories.some((category) => category?.id === vendor.category)
  if (categoryAdded) model.categories.push(structuredClone(state.catalogue.categories.find((category) => category.id === vendor.category)))
  model.vendors.push(vendor)
  state.fromCatalogue.set(vendor, entry)
  return { index: model.vendors.length - 1, categoryAdded }
}
