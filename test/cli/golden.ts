/// <reference types="node" />
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

/** Compares with test/cli/golden/<name>; UPDATE_GOLDEN=1 (or a missing file) writes it instead. */
export function golden(name: string, actual: string) {
  const file = new URL('./golden/' + name, import.meta.url)
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
