import type { ReadableAtom, WritableAtom } from 'nanostores'
import type { Config, Locale } from '../core/config/types.js'
import type { ConsentChoice, ConsentState } from '../core/consent/index.js'
import type { BannerStrings } from './i18n.js'
import type { Banner, BannerPosition } from './banner.js'
import type { ReceiptsController } from '../adapters/receipts/index.js'
import type { LoadChunk } from '../adapters/chunks/index.js'

/** What the UI chunk gets from the script that loaded it. The UI only reads stores and calls actions. */
export interface UIRuntime {
  config: Config
  locale: Locale
  /** Global Privacy Control was on when the page loaded. */
  gpc: boolean
  $consent: ReadableAtom<ConsentState>
  /** Whether the preferences dialog is open; 'opt-out' opens it at the opt-out switches. */
  $preferencesOpen: WritableAtom<boolean | 'opt-out'>
  acceptAll(method: string): void
  rejectAll(method: string): void
  set(choice: ConsentChoice, method: string): void
  withdraw(method: string): void
  /** The element to give focus back to when the dialog closes. */
  takeOpener(): HTMLElement | null
  /** This browser's receipts, for the visitor's own record in the dialog; null without a receipt endpoint. */
  receipts: (() => Promise<ReceiptsController>) | null
  /** The preferences dialog's renderer, loaded the first time the dialog opens. */
  preferences(): Promise<RenderPreferences>
  /** Loads a chunk beside consentry.js: a locale's words, for one. */
  load: LoadChunk
  /** Shows the interface in another locale, whose words have loaded (set by the UI once mounted). */
  relocalize?: (locale: Locale) => void
}

/** Makes the notice layer, or null when the visitor has closed it before; `closed` is called once the visitor closes it. */
export type CreateNotice = (
  doc: Document,
  runtime: UIRuntime,
  position: BannerPosition,
  t: BannerStrings,
  decide: (action: () => void) => void,
  closed: () => void,
) => Banner | null

export type MountUI = (runtime: UIRuntime, doc: Document) => void

export interface PreferencesProps {
  runtime: UIRuntime
  state: ConsentState
  /** The banner's words; the dialog adds its own. */
  t: BannerStrings
  close: () => void
  decide: (action: () => void) => void
}

/** Renders the dialog into `slot`, or removes it (null). */
export type RenderPreferences = (slot: HTMLElement, props: PreferencesProps | null) => void
