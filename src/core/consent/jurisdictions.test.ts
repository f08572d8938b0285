import { describe, expect, it } from 'vitest'
import { createConsent, type Decision } from './index.js'
import { validConfig } from '../../../test/fixtures/config.js'
import { decodeDecision, encodeDecision } from '../../adapters/storage/codec.js'
import type { StoredDecision } from '../policy/index.js'

import type { Policy } from '../jurisdiction/index.js'
import { compileConfig } from '../jurisdiction/compile.js'

const POLICIES: Policy[] = [
  { id: 'eu', regions: ['EEA', 'GB', 'CH'], model: 'opt-in' },
  { id: 'us', regions: ['US-CA', 'US-CO'], model: 'opt-out' },
  { id: 'jp', regions: ['JP'], model: 'notice', categories: { advertising: 'opt-out', dmp: 'opt-in' } },
]
const config = (policies = POLICIES) => compileConfig({ ...validConfig(), jurisdictions: { regionTimeoutMs: 1500, policies } })

function setup(region: string | null, options: { stored?: StoredDecision | null; gpc?: boolean; policies?: typeof POLICIES } = {}) {
  const decisions: Decision[] = []
  let ids = 0
  const consent = createConsent(config(options.policies), {
    stored: options.stored ?? null,
    gpc: options.gpc ?? false,
    now: () => Date.UTC(2026, 11, 1),
    newId: () => 'id-' + ++ids,
    region,
    onDecision: (decision) => decisions.push(decision),
  })
  return { consent, decisions, state: () => consent.$consent.get() }
}

describe('consent under jurisdictions', () => {
  it('holds every optional category while the region loads', () => {
    const { state } = setup(null)
    expect(state()).toMatchObject({ region: null, policy: null, categories: { necessary: true, advertising: false, affiliate: false, dmp: false } })
  })

  it('opt-out categories run before any decision; GPC switches off its gpc ones', () => {
    expect(setup('US-CA').state()).toMatchObject({
      decided: false, region: 'US-CA', policy: 'us',
      categories: { advertising: true, affiliate: true, dmp: true },
      models: { necessary: 'required', advertising: 'opt-out', affiliate: 'opt-out', dmp: 'opt-out' },
    })
    // The fixture's advertising and affiliate categories honour GPC; dmp does not.
    expect(setup('US-CA', { gpc: true }).state().categories).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: true })
  })

  it('under opt-out, Global Privacy Control is recorded once as a decision of its own (method gpc)', () => {
    const { state, decisions } = setup('US-CA', { gpc: true })
    expect(decisions.map((decision) => [decision.method, decision.event])).toEqual([['gpc', 'given']])
    expect(decisions[0]!.stored).toMatchObject({ gpc: true, granted: ['necessary', 'dmp'], denied: ['advertising', 'affiliate'], policy: 'us' })
    expect(state()).toMatchObject({ decided: true, categories: { advertising: false, affiliate: false, dmp: true } })
    // The next page view finds it stored and records nothing more.
    const next = setup('US-CA', { gpc: true, stored: decodeDecision(encodeDecision(decisions[0]!.stored)) })
    expect(next.decisions).toEqual([])
    // An earlier decision made without the signal: the signal's arrival is recorded.
    const { consent, decisions: earlier } = setup('US-CA')
    consent.acceptAll('accept-all')
    const later = setup('US-CA', { gpc: true, stored: earlier[0]!.stored })
    expect(later.decisions.map((decision) => [decision.method, decision.event])).toEqual([['gpc', 'changed']])
    expect(later.state().categories).toMatchObject({ advertising: false, affiliate: false, dmp: true })
  })

  it('GPC records a decision only where a gpc category is opt-out: not under opt-in or without a policy', () => {
    expect(setup('DE', { gpc: true }).decisions).toEqual([])
    expect(setup('JP', { gpc: true }).decisions.map((decision) => decision.method)).toEqual(['gpc'])
    expect(setup('BR', { gpc: true }).decisions).toEqual([])
  })

  it('under Japan\'s policy: notice runs and cannot be refused, opt-out runs until refused, opt-in waits', () => {
    const { consent, state, decisions } = setup('JP')
    expect(state().categories).toEqual({ necessary: true, advertising: true, affiliate: true, dmp: false })
    consent.rejectAll('reject-all')
    expect(state().categories).toEqual({ necessary: true, advertising: false, affiliate: true, dmp: false })
    consent.set({ categories: { affiliate: false, dmp: true } }, 'save')
    expect(state().categories).toEqual({ necessary: true, advertising: false, affiliate: true, dmp: true })
    expect(decisions.at(-1)!.stored).toMatchObject({ region: 'JP', policy: 'jp', granted: ['necessary', 'affiliate', 'dmp'] })
  })

  it('a decision counts only under its own policy: moving from US-CA to DE asks again, and nothing optional runs', () => {
    const { consent, decisions } = setup('US-CA')
    consent.acceptAll('accept-all')
    const stored = decodeDecision(encodeDecision(decisions[0]!.stored))!
    expect(setup('US-CA', { stored }).state()).toMatchObject({ decided: true, policy: 'us' })
    expect(setup('US-CO', { stored }).state()).toMatchObject({ decided: true, policy: 'us' })
    expect(setup('DE', { stored }).state()).toMatchObject({ decided: false, policy: 'eu', categories: { advertising: false, affiliate: false, dmp: false } })
  })

  it('a change to the policy\'s definition asks again; a change to its region list does not', () => {
    const { consent, decisions } = setup('JP')
    consent.acceptAll('accept-all')
    const stored = decisions[0]!.stored
    const moreRegions = POLICIES.map((policy) => (policy.id === 'jp' ? { ...policy, regions: ['JP', 'KR'] } : policy))
    expect(setup('JP', { stored, policies: moreRegions }).state().decided).toBe(true)
    const dmpOptOut = POLICIES.map((policy): Policy => (policy.id === 'jp' ? { ...policy, categories: { advertising: 'opt-out', dmp: 'opt-out' } } : policy))
    expect(setup('JP', { stored, policies: dmpOptOut }).state().decided).toBe(false)
  })

  it('setRegion applies the region once it is found out', () => {
    const { consent, state } = setup(null)
    consent.setRegion('US-CA')
    expect(state()).toMatchObject({ region: 'US-CA', policy: 'us', categories: { advertising: true } })
    consent.setRegion('unknown')
    expect(state()).toMatchObject({ region: 'unknown', policy: null, categories: { advertising: false, dmp: false } })
    consent.setRegion('not a region')
    expect(state()).toMatchObject({ region: 'unknown', policy: null, categories: { advertising: false } })
  })

  it('a region no policy matches is opt-in everywhere, and its decisions keep the region', () => {
    const { consent, state, decisions } = setup('BR')
    expect(state()).toMatchObject({ policy: null, models: { advertising: 'opt-in' }, categories: { advertising: false } })
    consent.acceptAll('accept-all')
    const stored = decodeDecision(encodeDecision(decisions[0]!.stored))!
    expect(stored).toMatchObject({ region: 'BR', policy: '', policyPrint: '' })
    expect(setup('BR', { stored }).state().decided).toBe(true)
  })
})
