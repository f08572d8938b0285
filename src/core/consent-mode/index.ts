/**
 * Google Consent Mode v2: which consent types a visitor's category grants switch on.
 * Pure; the adapter pushes the result to the dataLayer.
 */
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const

export type ConsentType = (typeof CONSENT_TYPES)[number]
export type ConsentSignal = 'granted' | 'denied'
export type ConsentSignals = Record<ConsentType, ConsentSignal>

/** `googleConsentMode` as written in the config: true, or types mapped to category ids plus gtag settings. */
export type ConsentModeOption =
  | boolean
  | ({ [T in ConsentType]?: string[] } & {
      ads_data_redaction?: boolean
      url_passthrough?: boolean
      /** Milliseconds Google tags wait for an update after the default (500 unless set). */
      wait_for_update?: number
    })

/** Each type is granted when every category listed for it is granted; an empty list means always. */
export const DEFAULT_MAPPING: Record<ConsentType, string[]> = {
  ad_storage: ['advertising'],
  ad_user_data: ['advertising'],
  ad_personalization: ['advertising'],
  analytics_storage: ['analytics'],
  functionality_storage: ['functional'],
  personalization_storage: ['functional'],
  security_storage: [],
}

export const DEFAULT_WAIT_FOR_UPDATE = 500

/** The mapping in force: the defaults, with the types the config names replaced. */
export function consentModeMapping(option: ConsentModeOption): Record<ConsentType, string[]> {
  const mapping = { ...DEFAULT_MAPPING }
  if (typeof option === 'object') for (const type of CONSENT_TYPES) if (option[type]) mapping[type] = option[type]!
  return mapping
}

export function consentSignals(mapping: Record<ConsentType, string[]>, categories: Record<string, boolean>): ConsentSignals {
  const signals = {} as ConsentSignals
  for (const type of CONSENT_TYPES) signals[type] = mapping[type].every((id) => categories[id] === true) ? 'granted' : 'denied'
  return signals
}

/** The gtag `set` commands the option asks for, in the order they are pushed after the default. */
export function consentModeSettings(option: ConsentModeOption): Array<[string, boolean]> {
  if (typeof option !== 'object') return []
  return (['ads_data_redaction', 'url_passthrough'] as const).filter((name) => option[name] === true).map((name) => [name, true])
}
