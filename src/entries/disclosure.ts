/** The disclosure chunk (dist/consentry-disclosure.js): fills [data-consentry-disclosure] elements. */
import { registerChunk } from '../adapters/chunks/index.js'
import { fillDisclosures } from '../ui/disclosure/fill.js'

registerChunk('disclosure', fillDisclosures)
