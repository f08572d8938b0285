// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createConsent, type Decision } from '../../core/consent/index.js'
import { validConfig } from '../../../test/fixtures/config.js'
import { createDecisionChunk } from './index.js'
import type { ReceiptsController } from '../receipts/index.js'
import type { LoadChunk } from '../chunks/index.js'

// The stubbed receipts never load a chunk.
const noChunks = (() => Promise.reject(new Error('no chunks here'))) as LoadChunk

function decide() {
  const config = validConfig({ receipts: { endpoint: '/receipts' } })
  const decisions: Decision[] = []
  const consent = createConsent(config, { stored: null, gpc: false, now: () => 0, newId: () => 'id', onDecision: (d) => decisions.push(d) })
  const before = consent.$consent.get()
  consent.rejectAll('reject-all')
  return { config, before, decision: decisions[0]! }
}

describe('after a decision', () => {
  it('records the receipt, then deletes denied vendors\' cookies', async () => {
    const recorded: string[] = []
    const chunk = createDecisionChunk(
      async () => ({ record: async (d: Decision) => void recorded.push(d.stored.id) }) as unknown as ReceiptsController)
    document.cookie = '_ad_id=1; path=/'
    const { config, before, decision } = decide()
    await chunk.afterDecision(config, before, decision, window, noChunks)
    expect(recorded).toEqual(['id'])
    expect(document.cookie).not.toContain('_ad_id')
  })

  it('still deletes the cookies when the receipt cannot be queued, and reports the failure', async () => {
    const chunk = createDecisionChunk(
      async () => ({ record: async () => Promise.reject(new Error('storage full')) }) as unknown as ReceiptsController)
    document.cookie = '_ad_id=1; path=/'
    const { config, before, decision } = decide()
    await expect(chunk.afterDecision(config, before, decision, window, noChunks)).rejects.toThrow('storage full')
    expect(document.cookie).not.toContain('_ad_id')
  })
})
