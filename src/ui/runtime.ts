import type { ReadableStore, Store } from '../core/store/index.js'
import type { Config, Locale } from '../core/config/types.js'
import type { ConsentChoice, ConsentState } from '../core/consent/index.js'

/** What the UI chunk gets from the script that loaded it. The UI only reads stores and calls actions. */
export interface UIRuntime {
  config: Config
  locale: Locale
  /** Global Privacy Control was on when the page loaded. */
  gpc: boolean
  $consent: ReadableStore<ConsentState>
  /** Whether the preferences dialog is open. */
  $preferencesOpen: Store<boolean>
  acceptAll(method: string): void
  rejectAll(method: string): void
  set(choice: ConsentChoice, method: string): void
  withdraw(method: string): void
  /** The element to give focus back to when the dialog closes. */
  takeOpener(): HTMLElement | null
  /** Fills the element with this browser's consent record and its download; null without a receipt endpoint. */
  showRecord: ((container: HTMLElement) => void) | null
}

export type MountUI = (runtime: UIRuntime, doc: Document) => void
