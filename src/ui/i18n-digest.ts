import type { Locale } from '../core/config/types.js'

/**
 * SHA-256 of the canonical JSON of every word of the interface (i18n.ts), per language:
 * what a receipt's notice hash covers of the interface, without the receipts chunk carrying
 * the words themselves. Its test fails when the words change and this does not.
 */
export const INTERFACE_TEXT_SHA256: Record<Locale, string> = {
  ja: 'a897d6c5128c114ae9cc11e77303d7a49172eba72ae3487d956297b432e2bc58',
  en: 'b908f7e428942075b6179dd4c680b1bd32d036314a86e4a47cd195c83abbe4ca',
}
