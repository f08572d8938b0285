/** The clean-up chunk (dist/consentry-cleanup.js), loaded after a decision. */
import { cleanUpAfterDecision } from '../adapters/cleanup/index.js'
import { registerChunk } from '../adapters/chunks/index.js'

registerChunk('cleanup', cleanUpAfterDecision)
