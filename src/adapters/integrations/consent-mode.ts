import type { ConsentState } from '../../core/consent/index.js'
import {
  CONSENT_TYPES,
  DEFAULT_WAIT_FOR_UPDATE,
  consentModeMapping,
  consentModeSettings,
  consentSignals,
  type ConsentModeOption,
} from '../../core/consent-mode/index.js'

type DataLayerWindow = Window & { dataLayer?: unknown[] }

/**
 * Google Consent Mode v2 through the dataLayer. gtag.js only treats an `arguments` object
 * as a command, so that is what is pushed, exactly as the gtag() snippet does.
 */
export function startConsentMode(option: ConsentModeOption, win: Window, initial: ConsentState | null) {
  const target = win as DataLayerWindow
  const dataLayer = (target.dataLayer = target.dataLayer || [])
  function gtag(..._command: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments)
  }
  const mapping = consentModeMapping(option)
  const signalsOf = (state: ConsentState | null) => consentSignals(mapping, state?.categories ?? {})
  const keyOf = (signals: Record<string, string>) => CONSENT_TYPES.map((type) => signals[type]).join()

  const first = signalsOf(initial)
  const wait = typeof option === 'object' && option.wait_for_update !== undefined ? option.wait_for_update : DEFAULT_WAIT_FOR_UPDATE
  gtag('consent', 'default', { ...first, wait_for_update: wait })
  for (const [name, value] of consentModeSettings(option)) gtag('set', name, value)
  let lastKey = keyOf(first)
  let lastDecision = initial?.id ?? null

  /** Every decision is pushed as an update; re-announcing an unchanged state is not. */
  return (state: ConsentState) => {
    const signals = signalsOf(state)
    const key = keyOf(signals)
    if (key === lastKey && state.id === lastDecision) return
    lastKey = key
    lastDecision = state.id
    gtag('consent', 'update', signals)
  }
}
