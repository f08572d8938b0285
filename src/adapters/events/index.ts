import type { ConsentState } from '../../core/consent/index.js'

type Listener = (state: ConsentState) => void

/** Fans a change out to API listeners, a window event and, where it exists, the dataLayer. */
export function createChangeEmitter(win: Window, report: (error: unknown) => void) {
  const listeners = new Set<Listener>()
  return {
    on(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit(state: ConsentState) {
      // One listener's failure must not keep the others, or the page, from hearing about it.
      for (const listener of [...listeners]) {
        try {
          listener(state)
        } catch (error) {
          report(error)
        }
      }
      try {
        win.dispatchEvent(new CustomEvent('consentry:change', { detail: state }))
        const dataLayer = (win as unknown as { dataLayer?: { push?: unknown } }).dataLayer
        if (typeof dataLayer?.push === 'function') (dataLayer as unknown[]).push({ event: 'consentry_update', consentry: state })
      } catch (error) {
        report(error)
      }
    },
  }
}
