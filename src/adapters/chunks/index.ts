import type { RenderPreferences, UIRuntime } from '../../ui/runtime.js'
import type { Config, Validation } from '../../core/config/index.js'
import type { DecisionChunk } from '../decision/index.js'
import type { StartIntegrations } from '../integrations/index.js'
import type { ShowPlaceholders } from '../../ui/placeholder/index.js'
import type { fetchRegion } from '../region/index.js'
import type { CreateNotice } from '../../ui/runtime.js'
import type { LocaleText } from '../../locales/index.js'

/** The UI chunk works out the visitor's language and the dialog's opener itself, to keep that out of consentry.js. */
export type UIRuntimeWithoutLocale = Omit<UIRuntime, 'locale' | 'takeOpener' | 'receipts' | 'preferences'>

/** The parts of Consentry that load only when needed, each a file beside consentry.js. */
export interface Chunks {
  /** The banner, and the frame the preferences dialog opens in (first visit, or preferences opened). */
  ui: (runtime: UIRuntimeWithoutLocale, doc: Document) => void
  /** The preferences dialog, with preact (opened the first time). */
  preferences: RenderPreferences
  /**
   * The full config validator, for a config this browser has not seen pass yet: it prints the
   * warnings and remembers a config that passes under `print`, the raw config's fingerprint.
   */
  check: (raw: unknown, win: Window, print: string) => Validation
  /** After a decision: records its receipt, deletes denied vendors' cookies, reloads if asked to; and the receipts of this browser. */
  decision: DecisionChunk
  /** SHA-256 in script, for pages without Web Crypto (plain http). */
  sha256: (text: string) => string
  /** Fills [data-consentry-disclosure] elements with the external-transmission notice. */
  disclosure: (config: Config, doc: Document) => void
  /** Google Consent Mode and holding back requests to vendors' domains, before anything gated runs. */
  integrations: StartIntegrations
  /** Placeholders for blocked frames (and elements marked data-consentry-placeholder), with a button that allows just them. */
  placeholder: ShowPlaceholders
  /** The notice layer, for visitors whose policy has nothing opt-in (CONTRACT.md §8). */
  notice: CreateNotice
  /** Asks the region endpoint, when neither the page nor a stored decision gives the region. */
  region: typeof fetchRegion
  /** One language's words (consentry-locale-de.js and so on), for every locale but the built-in ja and en. */
  [locale: `locale-${string}`]: LocaleText
}

/** `blocking`: run the chunk before anything that follows consentry.js in the page, where possible. */
export type LoadChunk = <K extends keyof Chunks>(name: K, blocking?: boolean) => Promise<Chunks[K]>

/** The registry slot through which a chunk hands over what it exports. */
export const chunkSlot = (name: keyof Chunks & string) => Symbol.for('consentry.' + name)

/**
 * Loads `consentry-<name>.js` from the directory consentry.js came from, once, with the
 * same CSP nonce.
 */
export function createChunkLoader(win: Window, doc: Document, script: HTMLScriptElement | null, nonce: string): LoadChunk {
  const loading: Partial<Record<keyof Chunks, Promise<unknown>>> = {}
  // Kept now: a page may replace Promise later (zone.js does, and hostile pages break it).
  const NativePromise = (win as typeof globalThis & Window).Promise
  return (name, blocking) =>
    (loading[name] ??= new NativePromise((resolve, reject) => {
      const src = new URL('consentry-' + name + '.js', script?.src || doc.baseURI).href
      let element: HTMLScriptElement | undefined
      // Only while consentry.js itself runs as a parser-blocking script can a written chunk
      // run before the rest of the page; anywhere else document.write would be ignored or harmful.
      if (blocking && script && doc.currentScript === script && !script.async && !script.defer)
        try {
          doc.write('<script src="' + src + '" nonce="' + nonce + '"></script>')
          element = [...doc.scripts].find((candidate) => candidate.src === src)
        } catch {
          // Trusted Types or a page that replaced document.write: load it like the others.
        }
      if (!element) {
        element = doc.createElement('script')
        element.src = src
        element.nonce = nonce
        doc.head.appendChild(element)
      }
      // Forgotten on failure, so a later call tries again (a visitor who was offline, for one).
      const failed = () => {
        delete loading[name]
        reject(new Error('could not load ' + src))
      }
      element.onload = () => {
        const exported = (win as unknown as Record<symbol, unknown>)[chunkSlot(name)]
        if (exported) resolve(exported)
        else failed()
      }
      element.onerror = failed
    })) as Promise<never>
}

/** Called by a chunk's entry file to hand over its export. */
export function registerChunk<K extends keyof Chunks>(name: K, exported: Chunks[K]) {
  ;(window as unknown as Record<symbol, unknown>)[chunkSlot(name)] = exported
}
