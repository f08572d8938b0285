/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index.js'
import { golden } from './golden.js'

const here = (path: string) => new URL(path, import.meta.url)
const read = (path: string) => readFileSync(path, 'utf8')
const CONFIG = here('./consent.json').pathname

describe('consentry disclosure', () => {
  it.each([
    ['html', 'ja', 'disclosure.ja.html'],
    ['md', 'ja', 'disclosure.ja.md'],
    ['json', 'ja', 'disclosure.ja.json'],
    ['md', 'en', 'disclosure.en.md'],
  ])('--format %s --locale %s matches %s', (format, locale, file) => {
    const result = runCli(['disclosure', CONFIG, '--format', format, '--locale', locale], read)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    golden(file, result.stdout)
  })

  it('defaults to a Japanese HTML page', () => {
    const result = runCli(['disclosure', CONFIG], read)
    expect(result.stdout).toBe(readFileSync(here('./golden/disclosure.ja.html'), 'utf8'))
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="ja">/)
  })

  it('refuses an invalid config with every problem and its path', () => {
    const result = runCli(['disclosure', 'bad.json'], () => JSON.stringify({ revision: 1, categories: [] }))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'consentry: bad.json: revision must be a string, got number\n' +
        'consentry: bad.json: policyUrl is required\n' +
        'consentry: bad.json: categories must not be empty, got an array\n',
    )
    expect(result.stdout).toBe('')
  })

  it('explains its usage for unknown commands and options', () => {
    expect(runCli([], read).code).toBe(2)
    expect(runCli(['disclosure', CONFIG, '--format', 'pdf'], read).stderr).toMatch(/--format must be one of html, md, json, got "pdf"/)
    expect(runCli(['--help'], read)).toMatchObject({ code: 0, stdout: expect.stringContaining('consentry disclosure <consent.json>') })
  })

  it('says which file it could not read', () => {
    const result = runCli(['disclosure', 'missing.json'], () => {
      throw new Error('ENOENT')
    })
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/^consentry: cannot read missing\.json: ENOENT\nconsentry: {3}fix: /) })
  })
})
