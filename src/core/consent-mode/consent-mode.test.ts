import { describe, expect, it } from 'vitest'
import { consentModeMapping, consentModeSettings, consentSignals, DEFAULT_MAPPING } from './index.js'

describe('Consent Mode signals', () => {
  it('maps the default categories: nothing but security before a decision', () => {
    expect(consentSignals(DEFAULT_MAPPING, { necessary: true })).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    })
  })

  it('grants the advertising types with the advertising category only', () => {
    const signals = consentSignals(DEFAULT_MAPPING, { advertising: true, analytics: false })
    expect([signals.ad_storage, signals.ad_user_data, signals.ad_personalization]).toEqual(['granted', 'granted', 'granted'])
    expect(signals.analytics_storage).toBe('denied')
  })

  it('a custom mapping replaces the types it names and needs every listed category', () => {
    const mapping = consentModeMapping({ ad_user_data: ['advertising', 'dmp'], analytics_storage: ['measurement'] })
    expect(mapping.ad_storage).toEqual(['advertising'])
    const signals = consentSignals(mapping, { advertising: true, dmp: false, measurement: true })
    expect(signals.ad_user_data).toBe('denied')
    expect(signals.ad_storage).toBe('granted')
    expect(signals.analytics_storage).toBe('granted')
    expect(consentSignals(mapping, { advertising: true, dmp: true }).ad_user_data).toBe('granted')
  })

  it('a category granted as anything but true does not grant', () => {
    expect(consentSignals(DEFAULT_MAPPING, { advertising: 'yes' as unknown as boolean }).ad_storage).toBe('denied')
  })

  it('turns on only the gtag settings that are set to true', () => {
    expect(consentModeSettings(true)).toEqual([])
    expect(consentModeSettings({ ads_data_redaction: true, url_passthrough: false })).toEqual([['ads_data_redaction', true]])
    expect(consentModeSettings({ url_passthrough: true, ads_data_redaction: true })).toEqual([
      ['ads_data_redaction', true],
      ['url_passthrough', true],
    ])
  })
})
