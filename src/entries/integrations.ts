/** consentry-integrations.js: Google Consent Mode and the request hold, run before anything gated. */
import { registerChunk } from '../adapters/chunks/index.js'
import { startIntegrations } from '../adapters/integrations/index.js'

registerChunk('integrations', startIntegrations)
