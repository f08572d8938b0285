/**
 * Where a dist/ file's gzip bytes come from: for each src/ module, the file gzipped whole
 * less the file gzipped without that module's characters. That marginal cost is what
 * leaving the module out would save; shared words compress against each other, so the
 * costs add up to less than the whole.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readSourceMap } from './source-map.js'

// The same level as the size tests and the README's table.
const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length
const UNMAPPED = '(unmapped)'

export interface SourceBytes {
  file: string
  gzip: number
  sources: Array<{ source: string; characters: number; gzip: number }>
}

export function bytesBySource(dist: string, file: string): SourceBytes {
  const code = readFileSync(join(dist, file), 'utf8')
  const map = readSourceMap(dist, file)
  // The source of every character; a line's characters before its first segment have none.
  const owners: string[] = []
  code.split('\n').forEach((line, index) => {
    const segments = map?.lines[index] ?? []
    let next = 0
    let owner = UNMAPPED
    for (let column = 0; column < line.length; column++) {
      while (next < segments.length && segments[next]!.column <= column) owner = map!.sources[segments[next++]!.source]!
      owners.push(owner)
    }
    owners.push(UNMAPPED)
  })
  const whole = gzipBytes(code)
  const characters = new Map<string, number>()
  for (const owner of owners) characters.set(owner, (characters.get(owner) ?? 0) + 1)
  const without = (source: string) => gzipBytes([...code].filter((_, index) => owners[index] !== source).join(''))
  const sources = [...characters]
    .map(([source, count]) => ({ source, characters: count, gzip: whole - without(source) }))
    .sort((a, b) => b.gzip - a.gzip)
  return { file, gzip: whole, sources }
}

export const bytesText = (measured: SourceBytes) =>
  [
    `${measured.file}, ${measured.gzip} bytes gzip, by source module (what leaving it out would save):`,
    '| module | characters | gzip bytes |',
    '| --- | --- | --- |',
    ...measured.sources.map((entry) => `| ${entry.source} | ${entry.characters} | ${entry.gzip} |`),
  ].join('\n')
