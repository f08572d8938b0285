/** The decision chunk (dist/consentry-decision.js): receipts, cookie clean-up and reload after a decision. */
import { registerChunk } from '../adapters/chunks/index.js'
import { createDecisionChunk } from '../adapters/decision/index.js'
import { startReceiptsFor } from './receipts-start.js'

registerChunk('decision', createDecisionChunk(startReceiptsFor))
