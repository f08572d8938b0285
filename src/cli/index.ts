/// <reference types="node" />
import { validateConfig } from '../core/config/index.js'
import type { Locale } from '../core/config/types.js'
import { disclosureSections } from '../core/disclosure/index.js'
import { disclosureMarkdown, disclosurePage } from '../ui/disclosure/render.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export const USAGE = `usage: consentry disclosure <consent.json> [--format html|md|json] [--locale ja|en]

  disclosure   prints the external-transmission notice (Telecommunications Business Act
               Art. 27-12) generated from the config: what is sent, to whom, for what purpose
  --format     html (a static page, default), md (Markdown) or json
  --locale     ja (default) or en
`

function option(args: string[], name: string, allowed: readonly string[], fallback: string): string {
  const index = args.indexOf(name)
  if (index === -1) return fallback
  const value = args[index + 1]
  if (!value || !allowed.includes(value)) throw new Error(name + ' must be one of ' + allowed.join(', ') + (value ? ', got "' + value + '"' : ''))
  args.splice(index, 2)
  return value
}

/** The consentry command, without touching the process: files come through readFile. */
export function runCli(argv: string[], readFile: (path: string) => string): CliResult {
  const args = [...argv]
  const fail = (message: string, code = 1): CliResult => ({ code, stdout: '', stderr: message.endsWith('\n') ? message : message + '\n' })
  if (args[0] === '--help' || args[0] === '-h') return { code: 0, stdout: USAGE, stderr: '' }
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
    raw = JSON.parse(readFile(path))
  } catch (error) {
    return fail('consentry: cannot read ' + path + ': ' + (error as Error).message)
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
