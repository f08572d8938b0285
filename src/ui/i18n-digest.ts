import type { Locale } from '../core/config/types.js'

/**
 * SHA-256 of the canonical JSON of every word of the interface (i18n.ts), per language:
 * what a receipt's notice hash covers of the interface, without the receipts chunk carrying
 * the words themselves. Its test fails when the words change and this does not.
 */
export const INTERFACE_TEXT_SHA256: Record<Locale, string> = {
  ja: 'ee00d90f14546bfa2ae6f32df672c20fc828e227a6ebab0fbf99485293264abc',
  en: 'd15d3fae6ef8bd2a884432e7205728875d678692863602fe309feb0c1730869f',
}
