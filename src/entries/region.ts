/** The region chunk (dist/consentry-region.js): asks `jurisdictions.regionEndpoint`, only while no source has given the region. */
import { registerChunk } from '../adapters/chunks/index.js'
import { fetchRegion } from '../adapters/region/index.js'

registerChunk('region', fetchRegion)
