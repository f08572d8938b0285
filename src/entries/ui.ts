/** The UI chunk (dist/consentry-ui.js). */
import { registerChunk } from '../adapters/chunks/index.js'
import { mountLocalizedUI } from './ui-mount.js'

registerChunk('ui', mountLocalizedUI)
