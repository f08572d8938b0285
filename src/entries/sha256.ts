/** The SHA-256 chunk (dist/consentry-sha256.js): only pages without Web Crypto (plain http) load it. */
import { registerChunk } from '../adapters/chunks/index.js'
import { sha256Hex } from '../core/hash/sha256.js'

registerChunk('sha256', sha256Hex)
