import { buildAndPreview, describeExample } from '../testing.js'

describeExample('the Preact example (@nanostores/preact)', () => buildAndPreview('preact'))
