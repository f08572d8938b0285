// Prints the closing "N passed, N failed" line from vitest's JSON report.
// A missing or unreadable report (the build or the run broke) counts as one failure.
import { readFileSync } from 'node:fs'

let passed = 0
let failed = 1
try {
  const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
  passed = report.numPassedTests
  failed = report.numFailedTests
  // A file that fails to load has no failed tests of its own, but the run did fail.
  if (!failed && !report.success) failed = report.numFailedTestSuites || 1
} catch (error) {
  console.error('no test report: ' + error.message)
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
