/// <reference types="node" />
/** The consentry command. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { environmentLocale, runCli, scanArguments, scanConfig } from './index.js'
import { scan } from './scan/index.js'

const readFile = (path: string) => readFileSync(path, 'utf8')
const argv = process.argv.slice(2)

async function runScan() {
  try {
    const request = scanArguments(argv.slice(1))
    const result = await scan({ ...request, config: scanConfig(request.configPath, readFile, existsSync) })
    process.stdout.write(result.stdout)
    process.exitCode = result.code
  } catch (error) {
    process.stderr.write((error as Error).message.replace(/^(?!consentry)/, 'consentry: ') + '\n')
    process.exitCode = 2
  }
}

if (argv[0] === 'scan') void runScan()
else {
  const result = runCli(argv, readFile, (path, text) => writeFileSync(path, text), environmentLocale(process.env))
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.code
}
