import { describe, expect, it } from 'vitest'
import { runCli, USAGE } from '../../src/cli/index.js'
import { configJsonSchema } from '../../src/core/config/json-schema.js'

describe('consentry schema', () => {
  it('prints the config JSON Schema the validator agrees with', () => {
    const result = runCli(['schema'], () => '')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(configJsonSchema())
    expect(USAGE).toContain('consentry schema')
  })

  it('takes no arguments', () => {
    expect(runCli(['schema', 'extra'], () => '').code).toBe(2)
  })
})
