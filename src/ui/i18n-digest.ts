import type { Locale } from '../core/config/types.js'

/**
 * SHA-256 of the canonical JSON of every word of the interface (i18n.ts), per language:
 * what a receipt's notice hash covers of the interface, without the receipts chunk carrying
 * the words themselves. Its test fails when the words change and this does not.
 */
export const INTERFACE_TEXT_SHA256: Record<Locale, string> = {
  ja: 'c4a855a322a6851156aa5b37a4af4f40aa244daf7b1409b7b66b520970958b79',
  en: 'b2e156906bd813cd8c51b5e5c641b17c0eb05e8cb0e6c29b133296b675b25bdf',
}
