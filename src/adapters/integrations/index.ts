import type { Config } from '../../core/config/types.js'
import type { ConsentState } from '../../core/consent/index.js'
import { startConsentMode } from './consent-mode.js'
import { holdVendorRequests, type HeldVendor } from './hold/index.js'

/** The public API's `on`: changes reach the integrations the way they reach any listener. */
type OnChange = (event: 'change', listener: (state: ConsentState) => void) => unknown

/**
 * Starts before anything gated can run. `initial` is the state of a config known to be
 * valid; null means nothing is granted yet (a config still being checked, or no decision).
 */
export type StartIntegrations = (config: Config, initial: ConsentState | null, onChange: OnChange, win: Window, ownBase?: string) => void

// The config may not have been validated yet: read only what is plainly well formed.
const vendorsWithDomains = (config: Config): HeldVendor[] =>
  (Array.isArray(config.vendors) ? config.vendors : [])
    .filter((vendor) => typeof vendor?.id === 'string' && Array.isArray(vendor.domains))
    .map((vendor) => ({ id: vendor.id, domains: vendor.domains.filter((domain) => typeof domain === 'string') }))
    .filter((vendor) => vendor.domains.length)

/** `ownBase`: the directory consentry.js and its chunks come from, never held. */
export const startIntegrations: StartIntegrations = (config, initial, onChange, win, ownBase) => {
  let state = initial
  const consentMode = config.googleConsentMode ? startConsentMode(config.googleConsentMode, win, initial) : null
  const vendors = vendorsWithDomains(config)
  const hold = vendors.length ? holdVendorRequests(win, vendors, (id) => state?.vendors[id] === true, ownBase) : null
  onChange('change', (next) => {
    state = next
    consentMode?.(next)
    hold?.release()
  })
}
