/**
 * A value that tells its listeners when it changes. It has the shape of a nanostores atom
 * (get, set, listen) and the UI and the ESM build use it the same way, but it is a fraction of
 * the size: consentry.js has a 4 KB budget and needs no batching or lifecycle events.
 */
export interface ReadableStore<T> {
  get(): T
  /** Calls `listener` after each change (not with the current value); returns the way to stop. */
  listen(listener: (value: T) => void): () => void
}

export interface Store<T> extends ReadableStore<T> {
  set(value: T): void
}

export function createStore<T>(value: T): Store<T> {
  const listeners: Array<(value: T) => void> = []
  return {
    get: () => value,
    set(next) {
      if (next === value) return
      value = next
      // A copy: a listener may unsubscribe while the others are being told.
      for (const listener of [...listeners]) listener(value)
    },
    listen(listener) {
      listeners.push(listener)
      return () => {
        const index = listeners.indexOf(listener)
        if (index >= 0) listeners.splice(index, 1)
      }
    },
  }
}
