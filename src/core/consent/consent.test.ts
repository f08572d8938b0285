import { describe, expect, it } from 'vitest'
import { createConsent, type Decision } from './index.js'
import type { StoredDecision } from '../policy/index.js'
import { validConfig } from '../../../test/fixtures/config.js'

function setup(options: { stored?: StoredDecision | null; gpc?: boolean } = {}) {
  const decisions: Decision[] = []
  let clock = Date.UTC(2026, 3, 1)
  let ids = 0
  const consent = createConsent(validConfig(), {
    stored: options.stored ?? null,
    gpc: options.gpc ?? false,
    now: () => clock,
    newId: () => 'id-' + ++ids,
    onDecision: (decision) => decisions.push(decision),
  })
  return { consent, decisions, tick: (ms: number) => (clock += ms) }
}

describe('the consent store', () => {
  it('starts undecided with only required categories and their vendors granted', () => {
    const { consent } = setup()
    expect(consent.$consent.get()).toEqual({
      decided: false,
      categories: { necessary: true, advertising: false, affiliate: false, dmp: false },
      vendors: { sift: true, 'ad-network': false, a8: false, 'dmp-x': false },
      revision: '2025-09-30',
      decidedAt: null,
      id: null,
      // Without jurisdictions: no region or policy, and every optional category is opt-in.
      region: null,
      policy: null,
      models: { necessary: 'required', advertising: 'opt-in', affiliate: 'opt-in', dmp: 'opt-in' },
    })
  })

  it('acceptAll grants everything and records a "given" decision', () => {
    const { consent, decisions } = setup()
    consent.acceptAll('accept-all')
    const state = consent.$consent.get()
    expect(state.decided).toBe(true)
    expect(Object.values(state.categories).every(Boolean)).toBe(true)
    expect(Object.values(state.vendors).every(Boolean)).toBe(true)
    expect(state.id).toBe('id-1')
    expect(state.decidedAt).toBe('2026-04-01T00:00:00.000Z')
    expect(decisions).toHaveLength(1)
    expect(decisions[0]).toMatchObject({ event: 'given', method: 'accept-all' })
    expect(decisions[0]!.stored).toMatchObject({ granted: ['necessary', 'advertising', 'affiliate', 'dmp'], denied: [] })
  })

  it('rejectAll keeps only required categories', () => {
    const { consent, decisions } = setup()
    consent.rejectAll('reject-all')
    expect(consent.$consent.get().categories).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: false })
    expect(consent.$consent.get().decided).toBe(true)
    expect(decisions[0]!.stored.denied).toEqual(['advertising', 'affiliate', 'dmp'])
  })

  it('set changes only what it names; later decisions are "changed" with new ids', () => {
    const { consent, decisions } = setup()
    consent.set({ categories: { advertising: true } }, 'save')
    consent.set({ categories: { dmp: true } }, 'save')
    expect(consent.$consent.get().categories).toEqual({ necessary: true, advertising: true, affiliate: false, dmp: true })
    expect(decisions.map((d) => [d.event, d.state.id])).toEqual([
      ['given', 'id-1'],
      ['changed', 'id-2'],
    ])
  })

  it('cannot turn a required category off, and ignores unknown ids and non-booleans', () => {
    const { consent, decisions } = setup()
    consent.set({ categories: { necessary: false, analytics: true, advertising: 'yes' as never } }, 'api')
    const state = consent.$consent.get()
    expect(state.categories).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: false })
    consent.set({ vendors: { nobody: false, 'a.b|c': false } }, 'api')
    expect(decisions[1]!.stored.vendorsOff).toEqual([])
  })

  it('grants a vendor only when its category is granted and it is not switched off', () => {
    const { consent } = setup()
    consent.set({ vendors: { a8: true } }, 'api')
    expect(consent.$consent.get().vendors.a8).toBe(false)
    consent.set({ categories: { advertising: true, affiliate: true }, vendors: { 'ad-network': false } }, 'api')
    expect(consent.$consent.get().vendors).toMatchObject({ 'ad-network': false, a8: true })
    consent.set({ vendors: { 'ad-network': true } }, 'api')
    expect(consent.$consent.get().vendors['ad-network']).toBe(true)
  })

  it('acceptAll switches vendors back on', () => {
    const { consent } = setup()
    consent.set({ categories: { advertising: true }, vendors: { 'ad-network': false } }, 'api')
    consent.acceptAll('api')
    expect(consent.$consent.get().vendors['ad-network']).toBe(true)
  })

  it('withdraw denies every optional category and is recorded as "withdrawn"', () => {
    const { consent, decisions } = setup()
    consent.acceptAll('api')
    consent.withdraw('withdraw')
    expect(consent.$consent.get().categories).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: false })
    expect(consent.$consent.get().decided).toBe(true)
    expect(decisions[1]).toMatchObject({ event: 'withdrawn', method: 'withdraw' })
  })

  it('with GPC, accept-all leaves gpc categories off, but their own switch turns them on', () => {
    const { consent, decisions } = setup({ gpc: true })
    consent.acceptAll('accept-all')
    expect(consent.$consent.get().categories).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: true })
    expect(decisions[0]!.stored.gpc).toBe(true)
    consent.set({ categories: { advertising: true } }, 'save')
    expect(consent.$consent.get().categories.advertising).toBe(true)
  })

  it('applies a valid stored decision and ignores an outdated one', () => {
    const fresh: StoredDecision = {
      revision: '2025-09-30',
      decidedAt: Date.UTC(2026, 2, 1),
      granted: ['necessary', 'dmp'],
      denied: ['advertising', 'affiliate'],
      vendorsOff: ['dmp-x'],
      gpc: false,
      id: 'old',
    }
    const applied = setup({ stored: fresh }).consent.$consent.get()
    expect(applied).toMatchObject({ decided: true, id: 'old', categories: { dmp: true }, vendors: { 'dmp-x': false } })
    const outdated = setup({ stored: { ...fresh, revision: '2024-01-01' } }).consent.$consent.get()
    expect(outdated.decided).toBe(false)
    expect(outdated.categories.dmp).toBe(false)
  })

  it('a later decision after a stored one is "changed"', () => {
    const stored: StoredDecision = {
      revision: '2025-09-30', decidedAt: Date.UTC(2026, 2, 1), granted: ['necessary'], denied: [], vendorsOff: [], gpc: false, id: 'old',
    }
    const { consent, decisions } = setup({ stored })
    consent.acceptAll('api')
    expect(decisions[0]!.event).toBe('changed')
  })

  it('records the decision before listeners of $consent run', () => {
    const order: string[] = []
    const consent = createConsent(validConfig(), {
      stored: null, gpc: false, now: () => 0, newId: () => 'x',
      onDecision: () => order.push('stored'),
    })
    consent.$consent.listen(() => order.push('listener'))
    consent.rejectAll('api')
    expect(order).toEqual(['stored', 'listener'])
  })

  it('restore applies a decision made elsewhere without recording one, and ignores an outdated one', () => {
    const { consent, decisions } = setup()
    const seen: boolean[] = []
    consent.$consent.listen((state) => seen.push(state.decided))
    const elsewhere: StoredDecision = {
      revision: '2025-09-30', decidedAt: Date.UTC(2026, 2, 1), granted: ['necessary', 'advertising'], denied: [], vendorsOff: [], gpc: false, id: 'tab-2',
    }
    consent.restore(elsewhere)
    expect(consent.$consent.get()).toMatchObject({ decided: true, id: 'tab-2', categories: { advertising: true } })
    consent.restore({ ...elsewhere, revision: 'old' })
    expect(consent.$consent.get().decided).toBe(false)
    expect(seen).toEqual([true, false])
    expect(decisions).toEqual([])
  })
})

describe('identified visitors (APPI Art. 31)', () => {
  const anonymous: StoredDecision = {
    revision: '2025-09-30', decidedAt: Date.UTC(2026, 2, 1), granted: ['necessary', 'advertising', 'dmp'], denied: [], vendorsOff: [], gpc: false, id: 'anon',
  }

  it('a decision made anonymously does not cover linking a logged-in user\'s data: it is asked again', () => {
    const { consent } = setup({ stored: anonymous })
    expect(consent.$consent.get()).toMatchObject({ decided: true, categories: { dmp: true }, vendors: { 'dmp-x': true } })
    consent.identify('hashed-user-1')
    // Until this user decides, nothing optional is granted.
    expect(consent.$consent.get()).toMatchObject({
      decided: false,
      categories: { advertising: false, dmp: false },
      vendors: { 'ad-network': false, 'dmp-x': false },
    })
    consent.identify(null)
    expect(consent.$consent.get()).toMatchObject({ decided: true, categories: { dmp: true } })
  })

  it('a decision made as the user covers that user only, and records who made it', () => {
    const { consent, decisions } = setup({ stored: anonymous })
    consent.identify('hashed-user-1')
    consent.acceptAll('accept-all')
    expect(decisions[0]!.user).toBe('hashed-user-1')
    expect(decisions[0]!.stored.user).toMatch(/^[0-9a-z]+$/)
    expect(decisions[0]!.stored.user).not.toContain('hashed')
    expect(consent.$consent.get()).toMatchObject({ decided: true, categories: { dmp: true } })
    const later = setup({ stored: decisions[0]!.stored }).consent
    later.identify('hashed-user-1')
    expect(later.$consent.get()).toMatchObject({ decided: true, categories: { dmp: true } })
    later.identify('hashed-user-2')
    expect(later.$consent.get()).toMatchObject({ decided: false, categories: { dmp: false } })
  })

  it('asks nothing again on a site without vendors that link to personal data', () => {
    const config = validConfig()
    for (const vendor of config.vendors) vendor.linksToPersonalData = false
    const consent = createConsent(config, { stored: anonymous, gpc: false, now: () => Date.UTC(2026, 3, 1), newId: () => 'x' })
    consent.identify('hashed-user-1')
    expect(consent.$consent.get()).toMatchObject({ decided: true, categories: { dmp: true } })
  })
})
