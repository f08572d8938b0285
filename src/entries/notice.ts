/** The notice-layer chunk (dist/consentry-notice.js): the first layer under notice and opt-out policies. */
import { registerChunk } from '../adapters/chunks/index.js'
import { createNotice } from '../ui/notice.js'

registerChunk('notice', createNotice)
