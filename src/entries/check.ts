/** The validator chunk (dist/consentry-check.js), for configs this browser has not yet seen pass. */
import { validateConfig } from '../core/config/index.js'
import { registerChunk } from '../adapters/chunks/index.js'
import { rememberValidated } from '../adapters/config-memory/index.js'

registerChunk('check', { validate: validateConfig, remember: rememberValidated })
