import { ui } from '../../test/e2e/harness.js'
import type { Tool } from './visit.js'

/** The pages under bench/peers/ and each tool's own banner and accept-all button. */
export const TOOLS: Tool[] = [
  { name: 'consentry', path: '/peers/consentry.html', banner: ['#consentry-root', ui.banner], accept: ui.acceptAll },
  { name: 'vanilla-cookieconsent', path: '/peers/vanilla-cookieconsent.html', banner: ['#cc-main .cm'], accept: '#cc-main .cm [data-role="all"]' },
  { name: 'klaro', path: '/peers/klaro.html', banner: ['.klaro .cookie-notice'], accept: '.klaro .cookie-notice .cm-btn-success' },
  { name: 'tarteaucitron', path: '/peers/tarteaucitron.html', banner: ['#tarteaucitronAlertBig'], accept: '#tarteaucitronPersonalize2' },
]

/** The two gated tags on every page: an ad script and a DMP pixel. */
export const GATED_TAGS = 2
