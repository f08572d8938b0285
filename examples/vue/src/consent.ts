import { createConsentry } from 'consentry'
import config from '../../consent.json'

/** One instance for the page, shared by every component that imports it. */
export const consentry = createConsentry(config)
