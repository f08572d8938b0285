import { describe, expect, it } from 'vitest'
import { disclosureSections } from './index.js'
import { validConfig } from '../../../test/fixtures/config.js'

describe('disclosureSections', () => {
  const config = validConfig({
    vendors: [
      { id: 'sift', name: 'Sift Science, Inc.', category: 'necessary', country: 'US', dataItems: ['email', 'ip-address'], foreignSystemInfoUrl: 'https://www.ppc.go.jp/x', recipientMeasures: { ja: 'OECD8原則', en: 'OECD principles' } },
      { id: 'dmp-x', name: { ja: '株式会社サンプルDMP', en: 'Sample DMP Inc.' }, category: 'dmp', country: 'JP', dataItems: ['cookie-id', 'custom: 会員ランク'], linksToPersonalData: true, purpose: { ja: '紐付け', en: 'Linking' } },
    ],
  })

  it('groups rows by category in config order and leaves out categories without vendors', () => {
    const sections = disclosureSections(config, 'ja')
    expect(sections.map((section) => section.category.id)).toEqual(['necessary', 'dmp'])
    expect(sections[0]!.category).toMatchObject({ title: '必須', required: true })
  })

  it('localizes names, data items (vocabulary or free text) and country names', () => {
    const [necessary, dmp] = disclosureSections(config, 'ja')
    expect(necessary!.rows[0]).toMatchObject({
      recipient: 'Sift Science, Inc.',
      dataItems: ['メールアドレス', 'IPアドレス'],
      country: 'アメリカ合衆国',
      foreignSystemInfoUrl: 'https://www.ppc.go.jp/x',
      recipientMeasures: 'OECD8原則',
    })
    expect(dmp!.rows[0]).toMatchObject({
      recipient: '株式会社サンプルDMP',
      dataItems: ['Cookie等の識別子', 'custom: 会員ランク'],
      purpose: '紐付け',
      country: '日本',
      linksToPersonalData: true,
      foreignSystemInfoUrl: null,
    })
    const english = disclosureSections(config, 'en')
    expect(english[0]!.rows[0]!.country).toBe('United States')
    expect(english[1]!.rows[0]!.dataItems[0]).toBe('Cookie and similar identifiers')
  })
})
