/** The disclosure chunk (dist/consentry-disclosure.js): fills [data-consentry-disclosure] elements. */
import { registerChunk } from '../adapters/chunks/index.js'
import { fillDisclosures } from '../ui/disclosure.js'
import { visitorLocale } from '../ui/locale.js'

registerChunk('disclosure', (config, doc) => fillDisclosures(config, visitorLocale(config, doc), doc))
