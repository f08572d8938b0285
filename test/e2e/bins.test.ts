import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }

const run = promisify(execFile)
const scratch = mkdtempSync(join(tmpdir(), 'consentry-bins-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Runs a bin of this package through npx, as a user would after `npm run build`; never throws. */
async function npx(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('npx', ['--no-install', ...args], { env: { ...process.env, ...env }, timeout: 60_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('the package\'s commands after a build', () => {
  it('lists both bins', () => {
    expect(Object.keys(packageJson.bin).sort()).toEqual(['consentry', 'consentry-collector'])
  })

  it('consentry runs through npx', async () => {
    const result = await npx(['consentry', '--help'])
    expect(result.stderr).not.toContain('Permission denied')
    expect(result).toMatchObject({ code: 0 })
    expect(result.stdout).toMatch(/^usage: consentry check/)
  })

  it('consentry-collector runs through npx (and names what is wrong with its settings)', async () => {
    const result = await npx(['consentry-collector'], { DATABASE_URL: 'mysql://nowhere' })
    expect(result.stderr).not.toContain('Permission denied')
    expect(result.stderr).toContain('DATABASE_URL must start with postgres:// or postgresql://')
  })

  it('consentry check reports every problem in one run, in the language asked for or the environment\'s', async () => {
    const file = join(scratch, 'consent.json')
    writeFileSync(
      file,
      JSON.stringify({ policyUrl: 7, categories: [{ id: 'ads', title: 'Ads' }], vendors: [{ id: 'x', name: 'X', category: 'adds', country: 'US' }] }),
    )
    const ja = await npx(['consentry', 'check', file, '--lang', 'ja'])
    expect(ja.code).toBe(1)
    expect(ja.stderr.split('\n').filter((line) => line.includes(': エラー: ')).map((line) => line.slice(file.length + 2))).toEqual([
      'エラー: revision は必須です',
      'エラー: policyUrl は文字列（"…"）で書いてください（数値になっています）',
      'エラー: vendors[0].category の "adds" はどのカテゴリーのIDでもありません',
      'エラー: vendors[0].foreignSystemInfoUrl は外国にある送信先（所在国 "US"）では必須です（個人情報保護法28条）',
      'エラー: vendors[0].recipientMeasures は外国にある送信先（所在国 "US"）では必須です（個人情報保護法28条）',
    ])
    const fromLocale = await npx(['consentry', 'check', file], { LC_ALL: '', LC_MESSAGES: '', LANG: 'ja_JP.UTF-8' })
    expect(fromLocale.stderr).toBe(ja.stderr)
    const en = await npx(['consentry', 'check', file], { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' })
    expect(en.stderr).toContain(': error: revision is required')
  })

  it('consentry check --fix keeps revision first and categories after it', async () => {
    const file = join(scratch, 'fix.json')
    writeFileSync(file, JSON.stringify({ vendors: [], categories: [{ title: 'T', id: 'a' }], policyUrl: '/p', revision: 'r' }))
    const result = await npx(['consentry', 'check', file, '--fix'], { LC_ALL: 'C' })
    expect(result.code).toBe(0)
    const keys = Object.keys(JSON.parse(readFileSync(file, 'utf8')))
    expect(keys[0]).toBe('revision')
    expect(keys.indexOf('categories')).toBeGreaterThan(keys.indexOf('revision'))
    expect(keys.slice(-2)).toEqual(['categories', 'vendors'])
  })
})
