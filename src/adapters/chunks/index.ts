import type { UIRuntime } from '../../ui/runtime.js'
import type { Config, Validation } from '../../core/config/index.js'
import type { DecisionChunk } from '../decision/index.js'

/** The UI chunk works out the visitor's language and the dialog's opener itself, to keep that out of consentry.js. */
export type UIRuntimeWithoutLocale = Omit<UIRuntime, 'locale' | 'takeOpener' | 'showRecord'> & { load: LoadChunk }

/** The parts of Consentry that load only when needed, each a file beside consentry.js. */
export interface Chunks {
  /** Banner and preferences dialog (first visit, or preferences opened). */
  ui: (runtime: UIRuntimeWithoutLocale, doc: Document) => void
  /** The full config validator (a config this browser has not seen pass yet). */
  check: (input: unknown) => Validation
  /** After a decision: records its receipt, deletes denied vendors' cookies, reloads if asked to; and the receipts of this browser. */
  decision: DecisionChunk
  /** Fills [data-consentry-disclosure] elements with the external-transmission notice. */
  disclosure: (config: Config, doc: Document) => void
}

export type LoadChunk = <K extends keyof Chunks>(name: K) => Promise<Chunks[K]>

/** The registry slot through which a chunk hands over what it exports. */
export const chunkSlot = (name: keyof Chunks) => Symbol.for('consentry.' + name)

/**
 * Loads `consentry-<name>.js` from the directory consentry.js came from, once, with the
 * same CSP nonce.
 */
export function createChunkLoader(win: Window, doc: Document, base: string, nonce: string): LoadChunk {
  const loading: Partial<Record<keyof Chunks, Promise<unknown>>> = {}
  return (name) =>
    (loading[name] ??= new Promise((resolve, reject) => {
      const element = doc.createElement('script')
      element.src = new URL('consentry-' + name + '.js', base).href
      element.nonce = nonce
      const failed = () => reject(new Error('could not load ' + element.src))
      element.onload = () => {
        const exported = (win as unknown as Record<symbol, unknown>)[chunkSlot(name)]
        if (exported) resolve(exported)
        else failed()
      }
      element.onerror = failed
      doc.head.appendChild(element)
    })) as Promise<never>
}

/** Called by a chunk's entry file to hand over its export. */
export function registerChunk<K extends keyof Chunks>(name: K, exported: Chunks[K]) {
  ;(window as unknown as Record<symbol, unknown>)[chunkSlot(name)] = exported
}
