import { computed, type ReadableAtom } from 'nanostores'
import { isGranted, type ConsentState } from './index.js'

/** `$granted('advertising')`, `$granted('advertising dmp', 'a8')`: a store of whether that is granted. */
export type GrantedStores = (categories: string, vendor?: string | null) => ReadableAtom<boolean>

/**
 * Computed stores of one grant each, made once per question: framework bindings subscribe
 * again whenever they are handed a new store, so asking twice must give the same one.
 * `categories` is one or more ids separated by spaces, all of which must be granted, as in
 * `data-consent`.
 */
export function createGrantedStores($consent: ReadableAtom<ConsentState>): GrantedStores {
  const made = new Map<string, ReadableAtom<boolean>>()
  return (categories, vendor = null) => {
    const ids = categories.match(/\S+/g) ?? []
    const key = ids.join(' ') + '\n' + (vendor ?? '')
    let $store = made.get(key)
    if (!$store) made.set(key, ($store = computed($consent, (state) => ids.length > 0 && isGranted(state, ids, vendor))))
    return $store
  }
}
