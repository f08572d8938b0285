/** Reads the build's source maps (v3): which src/ file and line a dist/ position came from. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

interface Segment {
  column: number
  source: number
  line: number
}

interface SourceMap {
  sources: string[]
  /** For each generated line, its segments with absolute positions, by column. */
  lines: Segment[][]
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one segment's base64 VLQ numbers. */
function vlq(text: string) {
  const numbers: number[] = []
  let value = 0
  let shift = 0
  for (const char of text) {
    const digit = DIGITS.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = shift = 0
    }
  }
  return numbers
}

function decode(mappings: string) {
  const state = [0, 0, 0]
  return mappings.split(';').map((line) => {
    let column = 0
    return line
      .split(',')
      .filter(Boolean)
      .flatMap((text): Segment[] => {
        const [dColumn = 0, dSource, dLine = 0, dColumnSource = 0] = vlq(text)
        column += dColumn
        if (dSource === undefined) return []
        state[0]! += dSource
        state[1]! += dLine
        state[2]! += dColumnSource
        return [{ column, source: state[0]!, line: state[1]! }]
      })
  })
}

const maps = new Map<string, SourceMap | null>()

/** The map beside a dist/ file (`file.js.map`), or null when there is none. */
export function readSourceMap(dist: string, file: string): SourceMap | null {
  if (!maps.has(dist + '/' + file)) {
    try {
      const map = JSON.parse(readFileSync(join(dist, file + '.map'), 'utf8'))
      maps.set(dist + '/' + file, { sources: map.sources.map((source: string) => source.replace(/^(\.\.\/)+/, '')), lines: decode(map.mappings) })
    } catch {
      maps.set(dist + '/' + file, null)
    }
  }
  return maps.get(dist + '/' + file)!
}

/** The segment a generated position (0-based line and column) falls in. */
export const segmentAt = (map: SourceMap, line: number, column: number) => map.lines[line]?.filter((entry) => entry.column <= column).pop()

/** "src/file.ts:line" for a position in a dist/ file, when its source map says. */
export function original(dist: string, file: string, line: number, column: number) {
  const map = readSourceMap(dist, file)
  const segment = map && segmentAt(map, line, column)
  if (!map || !segment) return `${file}:${line + 1}:${column + 1}`
  return `${map.sources[segment.source]}:${segment.line + 1}`
}
