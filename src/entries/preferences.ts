/** The preferences chunk (dist/consentry-preferences.js): the dialog, with preact; loaded when it first opens. */
import { registerChunk } from '../adapters/chunks/index.js'
import { renderPreferences } from '../ui/preferences-mount.js'

registerChunk('preferences', renderPreferences)
