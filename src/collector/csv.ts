import type { StoredReceipt } from './store/types.js'

export const CSV_COLUMNS = ['id', 'timestamp', 'event', 'principalId', 'revision', 'method', 'locale', 'gpc', 'categories', 'vendors', 'noticeHash', 'url'] as const

// What a spreadsheet may read as the start of a formula (OWASP, CSV injection): = + - @, tab
// and carriage return, and the full-width ＝ ＋ － ＠ that Japanese spreadsheets take as the same.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/**
 * One CSV field (RFC 4180). A field that could start a formula gets a leading apostrophe, and
 * every field is quoted, so that a separator inside one cannot start a new cell.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const safe = FORMULA_START.test(text) ? "'" + text : text
  return '"' + safe.replaceAll('"', '""') + '"'
}

/** Every CSV starts with a UTF-8 byte order mark, so Excel (on Japanese Windows too) reads it as UTF-8. */
export const csvDocument = (text: string) => '\uFEFF' + text

export const csvRow = ({ receipt, receivedAt }: StoredReceipt) =>
  [...CSV_COLUMNS.map((column) => csvField(receipt[column])), csvField(receivedAt)].join(',') + '\r\n'
export const csvHeader = csvDocument([...CSV_COLUMNS, 'receivedAt'].join(',') + '\r\n')
