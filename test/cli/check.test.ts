/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { environmentLocale, runCli } from '../../src/cli/index.js'
import { golden } from './golden.js'

const demo = () => JSON.parse(readFileSync(new URL('./consent.json', import.meta.url), 'utf8'))

function run(args: string[], files: Record<string, unknown>) {
  const written: Record<string, string> = {}
  const result = runCli(
    args,
    (path) => {
      if (!(path in files)) throw new Error('ENOENT')
      return typeof files[path] === 'string' ? (files[path] as string) : JSON.stringify(files[path])
    },
    (path, text) => (written[path] = text),
  )
  return { ...result, written }
}

describe('consentry check', () => {
  it('passes a good config with exit code 0', () => {
    const result = run(['check', 'consent.json'], { 'consent.json': demo() })
    expect(result).toMatchObject({ code: 0, stdout: 'consent.json: valid\n', stderr: '' })
  })

  it('lists every problem with its JSON path and exits 1', () => {
    const config = demo()
    config.categories[1].id = 7
    config.vendors[0].country = 'usa'
    const result = run(['check', 'consent.json'], { 'consent.json': config })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'consent.json: error: categories[1].id must be a string, got number\n' +
        'consent.json:   fix: write it as text, in quotes\n' +
        'consent.json: error: vendors[0].country must be a two-letter ISO 3166 code such as "JP", got "usa"\n' +
        'consent.json:   fix: use an upper-case two-letter code such as "JP", "US" or "FR"\n',
    )
  })

  it('reports the APPI Art. 28 and reference errors in the same run as broken shapes elsewhere', () => {
    const config = demo()
    delete config.revision
    config.expiresAfterDays = '365'
    config.vendors[1].id = 'bad id'
    config.vendors[2].category = 'affiliat'
    delete config.vendors[0].recipientMeasures
    const result = run(['check', 'consent.json'], { 'consent.json': config })
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n').filter((line) => line.includes(': error: '))).toEqual([
      'consent.json: error: revision is required',
      'consent.json: error: expiresAfterDays must be a whole number, got "365"',
      'consent.json: error: vendors[1].id must be letters, digits, "_" or "-" (at most 64), got "bad id"',
      'consent.json: error: vendors[0].recipientMeasures is required for a recipient outside Japan (country "US", APPI Art. 28)',
      'consent.json: error: vendors[2].category "affiliat" is not the id of any category',
    ])
    expect(result.stderr).toContain('fix: did you mean "affiliate"?')
  })

  it('names the APPI Art. 28 details a foreign vendor lacks', () => {
    const config = demo()
    delete config.vendors[0].recipientMeasures
    expect(run(['check', 'consent.json'], { 'consent.json': config }).stderr).toBe(
      'consent.json: error: vendors[0].recipientMeasures is required for a recipient outside Japan (country "US", APPI Art. 28)\n' +
        'consent.json:   fix: add "recipientMeasures": what the recipient does to protect the data, e.g. { "ja": "標準契約条項を締結", "en": "Standard contractual clauses" }\n',
    )
  })

  it('warns about what makes consent invalid in practice', () => {
    const config = demo()
    config.categories.push({ id: 'analytics', title: 'Analytics' })
    delete config.vendors[2].purpose
    config.vendors[4].category = 'necessary'
    const result = run(['check', 'consent.json'], { 'consent.json': config })
    expect(result.code).toBe(0)
    expect(result.stderr.trim().split('\n')).toEqual([
      'consent.json: warning: categories[3] "dmp" is optional but no vendor uses it: visitors would consent to nothing; add its vendors or remove it',
      'consent.json:   fix: add the vendors that need it ("category": "dmp"), or remove the category',
      'consent.json: warning: categories[4] "analytics" is optional but no vendor uses it: visitors would consent to nothing; add its vendors or remove it',
      'consent.json:   fix: add the vendors that need it ("category": "analytics"), or remove the category',
      'consent.json: warning: vendors[2].purpose is missing: the external-transmission notice must say what it is used for',
      'consent.json:   fix: add "purpose", e.g. { "ja": "広告配信", "en": "Showing ads" }',
      'consent.json: warning: vendors[4] links to personal data but sits in the required category "necessary": APPI Art. 31 needs the visitor\'s consent, so move it to an optional category',
      'consent.json:   fix: set its "category" to an optional category: "advertising", "affiliate", "dmp", "analytics"',
    ])
  })

  it('with --previous, catches vendors that changed under the same revision', () => {
    const previous = demo()
    const next = demo()
    next.vendors[3].dataItems.push('email')
    const same = run(['check', 'next.json', '--previous', 'live.json'], { 'next.json': next, 'live.json': previous })
    expect(same.stderr).toMatch(/revision "2025-09-30" is unchanged but vendors changed since the previous config.*\n.*fix: set "revision" to a new value/)
    next.revision = '2026-01-01'
    const bumped = run(['check', 'next.json', '--previous', 'live.json'], { 'next.json': next, 'live.json': previous })
    expect(bumped.stderr).toBe('')
  })

  it('with --fix, writes the config back in the README\'s order, revision first, with explicit defaults', () => {
    const result = run(['check', 'consent.json', '--fix'], {
      'consent.json': { vendors: [], policyUrl: '/p', categories: [{ title: 'T', id: 'a' }], revision: 'r', googleConsentMode: { url_passthrough: true, ad_storage: ['a'] } },
    })
    expect(result.code).toBe(0)
    const written = JSON.parse(result.written['consent.json']!)
    expect(Object.keys(written)).toEqual(['revision', 'locale', 'expiresAfterDays', 'policyUrl', 'cookie', 'reloadOnWithdraw', 'googleConsentMode', 'categories', 'vendors'])
    expect(Object.keys(written.googleConsentMode)).toEqual(['ad_storage', 'url_passthrough'])
    expect(written).toMatchObject({ locale: 'auto', expiresAfterDays: 365, cookie: { name: 'consentry' }, vendors: [] })
    expect(Object.entries(written.categories[0])).toEqual([['id', 'a'], ['required', false], ['title', 'T'], ['description', ''], ['gpc', false]])
    // Written again, the file stays as it is.
    expect(run(['check', 'consent.json', '--fix'], { 'consent.json': written }).written['consent.json']).toBe(result.written['consent.json'])
  })

  it('with --lang ja, says every problem and fix in Japanese', () => {
    const config = demo()
    delete config.revision
    config.vendors[0].country = 'usa'
    config.vendors[1].category = 'advertsing'
    config.expiresAfterDay = 30
    const result = run(['check', 'consent.json', '--lang', 'ja'], { 'consent.json': config })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'consent.json: エラー: revision は必須です\n' +
        'consent.json:   修正案: "revision": "2026-01-01" を追加します（任意の文字列。送信先や利用目的を変えたら必ず変更します）\n' +
        'consent.json: エラー: vendors[0].country は "JP" のような ISO 3166 の英大文字2文字のコード にしてください（"usa" になっています）\n' +
        'consent.json:   修正案: "JP"、"US"、"FR" のような英大文字2文字のコードを使います\n' +
        'consent.json: エラー: vendors[1].category の "advertsing" はどのカテゴリーのIDでもありません\n' +
        'consent.json:   修正案: "advertising" の誤りではありませんか。次のいずれかを使います: "necessary", "advertising", "affiliate", "dmp"\n' +
        'consent.json: 警告: expiresAfterDay は知られていない項目のため無視されます\n' +
        'consent.json:   修正案: "expiresAfterDays" の誤りではありませんか。\n',
    )
  })

  it('takes the language from the environment\'s locale, English by default', () => {
    const config = { revision: 'r' }
    const ja = runCli(['check', 'c.json'], () => JSON.stringify(config), () => {}, environmentLocale({ LANG: 'ja_JP.UTF-8' }))
    expect(ja.stderr).toContain('c.json: エラー: policyUrl は必須です')
    const en = runCli(['check', 'c.json'], () => JSON.stringify(config), () => {}, environmentLocale({ LANG: 'C.UTF-8' }))
    expect(en.stderr).toContain('c.json: error: policyUrl is required')
    expect(environmentLocale({ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja')
  })

  it('does not write anything for an invalid config', () => {
    const result = run(['check', 'consent.json', '--fix'], { 'consent.json': { revision: 'r' } })
    expect(result.code).toBe(1)
    expect(result.written).toEqual({})
  })

  it('says which file it could not read', () => {
    expect(run(['check', 'missing.json'], {})).toMatchObject({
      code: 1,
      stderr: 'consentry: cannot read missing.json: ENOENT\nconsentry:   fix: check the file name, and run the command in the folder that holds the file\n',
    })
    expect(run(['check', 'broken.json'], { 'broken.json': '{ "revision": "r" "policyUrl": "/p" }' }).stderr).toMatch(
      /^consentry: cannot read broken\.json: .*\nconsentry: {3}fix: the file is not valid JSON: look for a missing comma/,
    )
  })

  it('prints each problem with its path and a fix (golden file)', () => {
    const config = demo()
    config.expiresAfterDay = 30
    config.categories[1].id = 'has space'
    config.vendors[0].domains = ['https://cdn.sift.example/s.js']
    config.vendors[1].category = 'advertsing'
    delete config.vendors[0].recipientMeasures
    config.googleConsentMode = { ad_storrage: ['advertising'] }
    const result = run(['check', 'consent.json'], { 'consent.json': config })
    expect(result.code).toBe(1)
    golden('check-broken.txt', result.stderr)
  })
  it('prints a fix under every warning too (golden file)', () => {
    const config = demo()
    config.categories.push({ id: 'analytics', title: 'Analytics', 'odd key': true })
    config.vendors[2].dataItems = []
    config.vendors[4].category = 'necessary'
    const previous = demo()
    const result = run(['check', 'consent.json', '--previous', 'live.json'], { 'consent.json': config, 'live.json': previous })
    expect(result.code).toBe(0)
    golden('check-warnings.txt', result.stderr)
  })
})
