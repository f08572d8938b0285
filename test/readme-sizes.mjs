// Measures dist/ and, with --write, puts the numbers into the README's size table.
// The size test measures the same way, so the two cannot disagree.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url)
const readme = new URL('../README.md', import.meta.url)

export const gzipSize = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length

export const statedSizePattern = (file) => new RegExp('(`' + file.replaceAll('.', '\\.') + '`[^\\n]*?)([\\d,]+) bytes')

if (import.meta.url === `file://${process.argv[1]}`) {
  let text = readFileSync(readme, 'utf8')
  for (const file of readdirSync(dist).filter((name) => /^consentry.*\.js$/.test(name))) {
    const size = gzipSize(file)
    console.log(file.padEnd(28), size)
    text = text.replace(statedSizePattern(file), (_, before) => before + size.toLocaleString('en-US') + ' bytes')
  }
  if (process.argv.includes('--write')) writeFileSync(readme, text)
}
