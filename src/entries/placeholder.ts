/** The placeholder chunk (dist/consentry-placeholder.js): placeholders for blocked frames, loaded only on pages that have one. */
import { registerChunk } from '../adapters/chunks/index.js'
import { showPlaceholders } from '../ui/placeholder/index.js'

registerChunk('placeholder', showPlaceholders)
