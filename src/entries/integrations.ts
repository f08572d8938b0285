/** consentry-integrations.js: Google Consent Mode and the request hold, run before anything gated. */
import { registerChunk } from '../adapters/chunks/index.js'
import { startIntegrations } from '../adapters/integrations/index.js'

// This chunk comes from the directory consentry.js came from, with the rest of Consentry's files.
const ownScript = (document.currentScript as HTMLScriptElement | null)?.src
const ownBase = ownScript ? new URL('.', ownScript).href : ''

registerChunk('integrations', (config, initial, onChange, win) => startIntegrations(config, initial, onChange, win, ownBase))
