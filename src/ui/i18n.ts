import * as ja from '../locales/ja.js'
import * as en from '../locales/en.js'
import type { LocaleText } from '../locales/index.js'

/**
 * The built-in words (src/locales/ja.ts and en.ts), section by section, so each chunk
 * carries only its own: the banner's load with the banner, the dialog's with the dialog.
 */
export const BANNER_STRINGS = { ja: ja.banner, en: en.banner }
export const DIALOG_STRINGS = { ja: ja.dialog, en: en.dialog }
/** A blocked embed's placeholder: its own chunk, on pages that have one. */
export const PLACEHOLDER_STRINGS = { ja: ja.placeholder, en: en.placeholder }

/** The notice layer's own words: they load with it, so the banner's visitors never pay for them. */
export const NOTICE_STRINGS = { ja: ja.notice, en: en.notice }

export type BannerStrings = LocaleText['banner']
export type Strings = BannerStrings & LocaleText['dialog']

/** Every word of the interface in one language: what the notice hash of a receipt covers. */
export const interfaceText = (text: Pick<LocaleText, 'banner' | 'dialog' | 'placeholder' | 'notice'>) => ({
  ...text.banner,
  ...text.dialog,
  placeholder: text.placeholder,
  notice: text.notice,
})
