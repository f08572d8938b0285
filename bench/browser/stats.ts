/** Median, min and max of repeated runs, and the text table the benchmark prints. */

export interface Spread {
  median: number | null
  min: number | null
  max: number | null
}

export function spread(values: Array<number | null>): Spread {
  const sorted = values.filter((value): value is number => value !== null && Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return { median: null, min: null, max: null }
  const middle = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! }
}

export interface Column {
  title: string
  /** Formats one number of this column. */
  format: (value: number) => string
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1)
export const ms = (value: number) => value.toFixed(0)

const cell = (value: Spread, format: Column['format']) =>
  value.median === null ? 'n/a' : `${format(value.median)} (${format(value.min!)}–${format(value.max!)})`

/** A Markdown table: one row per name, each cell "median (min–max)". */
export function table(columns: Column[], rows: Array<{ name: string; values: Spread[] }>) {
  const header = ['', ...columns.map((column) => column.title)]
  const body = rows.map((row) => [row.name, ...row.values.map((value, index) => cell(value, columns[index]!.format))])
  const widths = header.map((_, index) => Math.max(...[header, ...body].map((line) => line[index]!.length)))
  const line = (cells: string[]) => '| ' + cells.map((text, index) => text.padEnd(widths[index]!)).join(' | ') + ' |'
  return [line(header), '| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |', ...body.map(line)].join('\n')
}
