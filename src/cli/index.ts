/// <reference types="node" />
import { validateConfig } from '../core/config/index.js'
import { practicalWarnings } from '../core/config/practice.js'
import { configFields, type Fields } from '../core/config/schema.js'
import type { Config, Locale, MessageLocale } from '../core/config/types.js'
import { disclosureSections } from '../core/disclosure/index.js'
import { disclosureMarkdown, disclosurePage } from '../ui/disclosure/render.js'
import { configJsonSchema } from '../core/config/json-schema.js'
import { suggestFix } from './fixes.js'
import { LOCALE_TAGS } from '../locales/index.js'
import { localizeMessage } from '../core/config/messages.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export const USAGE = `usage: consentry check <consent.json> [--previous old.json] [--fix] [--lang ja|en]
       consentry disclosure <consent.json> [--format html|md|json] [--locale ja|en]
       consentry schema
       consentry scan <url> [--config consent.json] [--format text|json] [--timeout ms]

  check        validates the config: every problem with its JSON path (exit code 1), then
               what would make consent invalid in practice (warnings)
               each problem is followed by how to fix it
  --previous   the config now live, to catch vendors that changed without a new revision
  --fix        rewrites the file normalised: fields in the order of the README's table,
               defaults written out
  --lang       the language of the messages and fixes: ja or en (default: from LC_ALL,
               LC_MESSAGES or LANG; English unless that names Japanese)

  disclosure   prints the external-transmission notice (Telecommunications Business Act
               Art. 27-12) generated from the config: what is sent, to whom, for what purpose
  --format     html (a static page, default), md (Markdown) or json
  --locale     ja (default) or en

  scan         loads the page in headless Chromium, before any consent, and lists the
               third-party hosts, scripts and cookies no vendor in the config covers, with
               the markup that gates each third-party tag running without consent
               (exit code 1 when there is any); needs playwright-core and Chromium
               ($CHROMIUM_PATH, else /usr/bin/chromium)
  --config     the config to check the page against (consent.json by default, if present)
  --format     text (default) or json
  --timeout    how long to wait for the page to go quiet, in ms (default 15000)

  schema       prints the config's JSON Schema (draft 2020-12), the same rules as check;
               it ships as dist/consentry.schema.json
`

function option(args: string[], name: string, allowed: readonly string[], fallback: string): string {
  const index = args.indexOf(name)
  if (index === -1) return fallback
  const value = args[index + 1]
  if (!value || !allowed.includes(value)) throw new Error(name + ' must be one of ' + allowed.join(', ') + (value ? ', got "' + value + '"' : ''))
  args.splice(index, 2)
  return value
}

const fail = (message: string, code = 1): CliResult => ({ code, stdout: '', stderr: message.endsWith('\n') ? message : message + '\n' })

const WORDS = {
  en: {
    error: 'error',
    warning: 'warning',
    fix: 'fix',
    cannotRead: 'cannot read ',
    noFile: 'check the file name, and run the command in the folder that holds the file',
    notJson: 'the file is not valid JSON: look for a missing comma, quote or bracket near the position named (editors using the JSON Schema mark it)',
    valid: ': valid',
    warnings: (count: number) => ', ' + count + ' warning(s)',
    written: '; written normalised',
  },
  ja: {
    error: 'エラー',
    warning: '警告',
    fix: '修正案',
    cannotRead: '読み込めません: ',
    noFile: 'ファイル名を確かめ、そのファイルがあるフォルダーでコマンドを実行してください',
    notJson: 'JSONとして正しくありません。示された位置の近くで、カンマ・引用符・括弧の抜けを探してください（JSON Schema を使うエディターでは印が付きます）',
    valid: ': 有効です',
    warnings: (count: number) => '（警告 ' + count + ' 件）',
    written: '。整えて書き出しました',
  },
}

/** The language of the messages: Japanese when the environment's locale names it. */
export const environmentLocale = (env: Record<string, string | undefined>): MessageLocale =>
  /^ja/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'ja' : 'en'

function readJson(path: string, readFile: (path: string) => string, locale: MessageLocale = 'en'): unknown {
  const t = WORDS[locale]
  const problem = (error: unknown, fix: string) => new Error('consentry: ' + t.cannotRead + path + ': ' + (error as Error).message + '\nconsentry:   ' + t.fix + ': ' + fix)
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    throw problem(error, t.noFile)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw problem(error, t.notJson)
  }
}

export interface ScanRequest {
  url: string
  configPath: string | null
  format: 'text' | 'json'
  timeoutMs: number
}

/** Reads the scan command's arguments; throws with the usage on anything it cannot read. */
export function scanArguments(argv: string[]): ScanRequest {
  const args = [...argv]
  const format = option(args, '--format', ['text', 'json'], 'text') as 'text' | 'json'
  const configAt = args.indexOf('--config')
  const configPath = configAt === -1 ? null : args.splice(configAt, 2)[1] ?? ''
  const timeoutAt = args.indexOf('--timeout')
  const timeout = timeoutAt === -1 ? '15000' : args.splice(timeoutAt, 2)[1] ?? ''
  if (configPath === '' || !/^\d{1,6}$/.test(timeout) || args.length !== 1 || !/^https?:\/\//.test(args[0]!))
    throw new Error('scan needs one http(s) URL' + '\n\n' + USAGE)
  return { url: args[0]!, configPath, format, timeoutMs: Number(timeout) }
}

/** The config a scan compares with: null when none is given and none is found. */
export function scanConfig(path: string | null, readFile: (path: string) => string, exists: (path: string) => boolean): Config | null {
  const chosen = path ?? (exists('consent.json') ? 'consent.json' : null)
  if (!chosen) return null
  const { config, errors } = validateConfig(readJson(chosen, readFile))
  if (!config) throw new Error(errors.map((error) => 'consentry: ' + chosen + ': ' + error).join('\n'))
  return config
}

/** The consentry command, without touching the process: files come through readFile and writeFile. */
export function runCli(
  argv: string[],
  readFile: (path: string) => string,
  writeFile: (path: string, text: string) => void = () => {},
  defaultLocale: MessageLocale = 'en',
): CliResult {
  const args = [...argv]
  if (args[0] === '--help' || args[0] === '-h') return { code: 0, stdout: USAGE, stderr: '' }
  try {
    if (args[0] === 'check') return check(args.slice(1), readFile, writeFile, defaultLocale)
  } catch (error) {
    return fail((error as Error).message)
  }
  if (args[0] === 'schema' && args.length === 1) return { code: 0, stdout: JSON.stringify(configJsonSchema(), null, 2) + '\n', stderr: '' }
  if (args[0] !== 'disclosure') return fail(USAGE, 2)
  args.shift()
  let format: string
  let locale: Locale
  try {
    format = option(args, '--format', ['html', 'md', 'json'], 'html')
    locale = option(args, '--locale', ['ja', 'en'], 'ja') as Locale
  } catch (error) {
    return fail('consentry: ' + (error as Error).message + '\n\n' + USAGE, 2)
  }
  if (args.length !== 1) return fail(USAGE, 2)
  const path = args[0]!
  let raw: unknown
  try {
    raw = readJson(path, readFile)
  } catch (error) {
    return fail((error as Error).message)
  }
  const { config, errors } = validateConfig(raw)
  if (!config) return fail(errors.map((error) => 'consentry: ' + path + ': ' + error).join('\n'))
  const sections = disclosureSections(config, locale)
  const stdout =
    format === 'json'
      ? JSON.stringify({ locale, revision: config.revision, sections }, null, 2) + '\n'
      : format === 'md'
        ? disclosureMarkdown(sections, locale)
        : disclosurePage(sections, locale)
  return { code: 0, stdout, stderr: '' }
}

function check(args: string[], readFile: (path: string) => string, writeFile: (path: string, text: string) => void, defaultLocale: MessageLocale): CliResult {
  const fix = args.includes('--fix')
  const rest = args.filter((arg) => arg !== '--fix')
  let locale: MessageLocale
  try {
    locale = option(rest, '--lang', ['ja', 'en'], defaultLocale) as MessageLocale
  } catch (error) {
    return fail('consentry: ' + (error as Error).message + '\n\n' + USAGE, 2)
  }
  const t = WORDS[locale]
  const previousAt = rest.indexOf('--previous')
  const previousPath = previousAt === -1 ? null : rest.splice(previousAt, 2)[1]
  if (rest.length !== 1 || (previousAt !== -1 && !previousPath)) return fail(USAGE, 2)
  const path = rest[0]!
  const raw = readJson(path, readFile, locale)
  const { config, errors, warnings } = validateConfig(raw)
  // Each problem on its line, and under it how to fix it where that can be said.
  const withFix = (kind: string) => (message: string) => {
    const fix = suggestFix(message, raw, locale)
    return kind + ': ' + localizeMessage(message, locale) + (fix ? '\n' + path + ':   ' + t.fix + ': ' + fix : '')
  }
  const lines = errors.map(withFix(t.error)).concat(warnings.map(withFix(t.warning)))
  if (!config) return fail(lines.map((line) => path + ': ' + line).join('\n'))
  const previous = previousPath ? validateConfig(readJson(previousPath, readFile, locale)).config : null
  const practice = practicalWarnings(config, previous)
  const report = lines.concat(practice.map(withFix(t.warning))).map((line) => path + ': ' + line)
  // Every language is what an absent `languages` means: written out, the list would stop a
  // later release's new languages from reaching the site.
  const { languages, ...withoutLanguages } = config
  const written = languages.length == LOCALE_TAGS.length && !(raw as { languages?: unknown }).languages ? withoutLanguages : config
  if (fix) writeFile(path, JSON.stringify(inSchemaOrder(written, configFields), null, 2) + '\n')
  const summary = path + t.valid + (report.length ? t.warnings(report.length) : '') + (fix ? t.written : '') + '\n'
  return { code: 0, stdout: summary, stderr: report.length ? report.join('\n') + '\n' : '' }
}

/**
 * The config with its fields in the schema's order (revision first, categories and vendors
 * last, as the README's table lists them), nested objects and list items too; fields the
 * schema does not name (such as "$schema") come first, as written.
 */
function inSchemaOrder(value: unknown, fields: Fields | null): unknown {
  if (Array.isArray(value)) return value
  if (typeof value !== 'object' || value === null || !fields) return value
  const input = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(input)) if (!(key in fields)) out[key] = input[key]
  for (const [key, [spec]] of Object.entries(fields)) {
    if (input[key] === undefined) continue
    const item = spec.kind === 'list' && spec.of.kind === 'object' ? spec.of.fields : null
    out[key] =
      spec.kind === 'object' ? inSchemaOrder(input[key], spec.fields)
      : item ? (input[key] as unknown[]).map((entry) => inSchemaOrder(entry, item))
      : spec.kind === 'either' ? inSchemaOrder(input[key], (spec.of.find((option) => option.kind === 'object') as { fields: Fields } | undefined)?.fields ?? null)
      : input[key]
  }
  return out
}
