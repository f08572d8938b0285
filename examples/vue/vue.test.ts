import { buildAndPreview, describeExample } from '../testing.js'

describeExample('the Vue example (@nanostores/vue)', () => buildAndPreview('vue'))
