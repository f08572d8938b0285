/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateConfig } from './index.js'
import { practicalWarnings } from './practice.js'
import { localizeMessage } from './messages.js'

const demo = () => JSON.parse(readFileSync(new URL('../../../demo/site/consent.json', import.meta.url), 'utf8'))

// Configs broken in every way the validator knows, each message kind at least once.
function everyMessage(): string[] {
  const broken = demo()
  delete broken.revision
  broken.locale = 'sw'
  broken.expiresAfterDays = 1.5
  broken.policyUrl = 3
  broken.reloadOnWithdraw = 'yes'
  broken.cookie = { name: 'has space' }
  broken.receipts = { endpoint: '/r', retentionDays: 0, jurisdiction: [] }
  broken.controller = []
  broken.googleConsentMode = { ad_storage: ['nope'], ad_storrage: [] }
  broken.unknownThing = 1
  broken.categories[1].title = { sw: 'Matangazo' }
  broken.categories[2].title = 5
  broken.categories[3].id = broken.categories[2].id
  broken.vendors[0].country = 'usa'
  broken.vendors[1].category = 'nowhere'
  broken.vendors[1].domains = ['https://x.example/']
  broken.vendors[2].cookies = 'a'
  broken.vendors[3].id = broken.vendors[2].id
  delete broken.vendors[3].country
  broken.vendors.push({ id: 'abroad', name: 'Abroad', category: 'advertising', country: 'US' })
  broken.jurisdictions = {
    regionTimeoutMs: 5,
    policies: [
      { id: 'eu', regions: ['XX', 'Europe'], model: 'maybe', categories: { nowhere: 'opt-in', necessary: 'opt-out' } },
      { id: 'eu', regions: [], model: 'opt-in' },
    ],
  }
  const shapes = validateConfig(broken)
  const art31 = { ...demo(), jurisdictions: { policies: [{ id: 'jp', regions: ['JP'], model: 'notice', categories: { advertising: 'opt-out' } }] } }
  const languages = { ...demo(), locale: 'de', languages: ['ja', 'en', 'ja', 'nb', 'Deutsch'] }
  const other = [validateConfig(null), validateConfig({ ...demo(), googleConsentMode: 'on', categories: [] }), validateConfig(art31), validateConfig(languages), validateConfig({ ...demo(), languages: ['ja', 'nb'] })]
  const config = demo()
  config.categories.push({ id: 'analytics', title: 'Analytics' })
  config.vendors[2].dataItems = []
  delete config.vendors[2].purpose
  config.vendors[4].category = 'necessary'
  const previous = validateConfig(demo()).config
  const valid = validateConfig(config).config!
  return [...shapes.errors, ...shapes.warnings, ...other.flatMap((result) => [...result.errors, ...result.warnings]), ...practicalWarnings(valid, previous)]
}

describe('localizeMessage', () => {
  const messages = everyMessage()

  it('has a Japanese sentence for every kind of message', () => {
    expect(messages.length).toBeGreaterThan(25)
    for (const message of messages) {
      const ja = localizeMessage(message, 'ja')
      expect(ja, message).not.toBe(message)
      expect(ja, message).toMatch(/[ぁ-んァ-ヶ一-龠]/)
      // No English sentence left, outside quoted values and the path.
      expect(ja.replace(/"[^"]*"/g, '').replace(/^\S+/, ''), message).not.toMatch(/[a-z]{2,} [a-z]{2,} [a-z]{2,}/i)
    }
  })

  it('keeps paths, ids and values as written', () => {
    expect(localizeMessage('vendors[1].category "nowhere" is not the id of any category', 'ja')).toBe('vendors[1].category の "nowhere" はどのカテゴリーのIDでもありません')
    expect(localizeMessage('categories[4]["odd key"] is not a known field and is ignored', 'ja')).toBe('categories[4]["odd key"] は知られていない項目のため無視されます')
  })

  it('leaves English as it is', () => {
    for (const message of messages) expect(localizeMessage(message, 'en')).toBe(message)
  })
})
