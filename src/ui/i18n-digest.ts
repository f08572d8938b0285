import type { Locale } from '../core/config/types.js'

/**
 * SHA-256 of the canonical JSON of every word of the interface (i18n.ts), per language:
 * what a receipt's notice hash covers of the interface, without the receipts chunk carrying
 * the words themselves. Its test fails when the words change and this does not.
 */
export const INTERFACE_TEXT_SHA256: Record<Locale, string> = {
  ja: 'bcb7251e0266622e196eaca3a772a4d355002601db8af9b960037d0455a2b221',
  en: '808f329f6f051fc719b2015d08763858e55caa0a4fe792e289b2e7f11092a159',
}
