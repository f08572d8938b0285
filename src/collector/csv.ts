import type { ConsentReceipt } from '../core/receipt/types.js'

export const CSV_COLUMNS = ['id', 'timestamp', 'event', 'principalId', 'revision', 'method', 'locale', 'gpc', 'categories', 'vendors', 'noticeHash', 'url'] as const

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  // A leading =, +, - or @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? "'" + text : text
  return /[",\r\n]/.test(safe) ? '"' + safe.replaceAll('"', '""') + '"' : safe
}

export const csvRow = (receipt: ConsentReceipt) => CSV_COLUMNS.map((column) => csvField(receipt[column])).join(',') + '\r\n'
export const csvHeader = CSV_COLUMNS.join(',') + '\r\n'
