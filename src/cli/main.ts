/// <reference types="node" />
/** The consentry command. */
import { readFileSync, writeFileSync } from 'node:fs'
import { runCli } from './index.js'

const result = runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), (path, text) => writeFileSync(path, text))
process.stdout.write(result.stdout)
process.stderr.write(result.stderr)
process.exitCode = result.code
