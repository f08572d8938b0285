import type { Ref } from 'preact'
import { localize } from '../core/text/index.js'
import type { Strings } from './i18n.js'
import { PolicyLinks } from './links.js'
import type { UIRuntime } from './runtime.js'

/** Where the banner sits, from the `--consentry-position` custom property: a bottom bar (default), a box, or a centred modal. */
export type BannerPosition = 'bar' | 'box' | 'modal'

interface BannerProps {
  runtime: UIRuntime
  position: BannerPosition
  t: Strings
  /** While the dialog is open the banner sits behind it, out of reach. */
  inert: boolean
  customizeRef: Ref<HTMLButtonElement>
  decide: (action: () => void) => void
}

/** The first layer: three choices of equal weight, a short summary and the links. */
export function Banner({ runtime, position, t, inert, customizeRef, decide }: BannerProps) {
  const modal = position === 'modal'
  // A centred banner would hide what the page focuses, so it is a real modal (<dialog>):
  // the page is inert behind it until the visitor decides or opens the preferences.
  const Tag = modal ? 'dialog' : 'section'
  const { config, locale } = runtime
  const optional = config.categories.filter((category) => !category.required)
  const gpcHeld = runtime.gpc ? optional.filter((category) => category.gpc) : []
  const titles = (list: typeof optional) => list.map((category) => localize(category.title, locale)).join(locale === 'ja' ? '、' : ', ')
  return (
    <Tag
      data-consentry="banner"
      class={'banner ' + position}
      role={modal ? undefined : 'region'}
      aria-labelledby="consentry-banner-title"
      inert={inert}
      // The first layer is not dismissed without a choice.
      onCancel={(event: Event) => event.preventDefault()}
      ref={(element: HTMLElement | null) => {
        const banner = element as HTMLDialogElement | null
        // WCAG 2.4.11: the page scrolls focused elements clear of a bar or box while it is shown.
        document.documentElement.style.scrollPaddingBottom = banner && !modal ? banner.offsetHeight + 'px' : ''
        if (banner && modal) inert ? banner.close() : banner.open || banner.showModal()
      }}
    >
      <h2 id="consentry-banner-title">{t.bannerTitle}</h2>
      <p>{t.bannerText}</p>
      {optional.length > 0 && <p>{t.purposes + titles(optional)}</p>}
      {gpcHeld.length > 0 && <p class="note">{t.gpc + titles(gpcHeld)}</p>}
      <PolicyLinks config={config} t={t} />
      <div class="actions">
        <button type="button" data-action="accept-all" onClick={() => decide(() => runtime.acceptAll('accept-all'))}>
          {t.acceptAll}
        </button>
        <button type="button" data-action="reject-all" onClick={() => decide(() => runtime.rejectAll('reject-all'))}>
          {t.rejectAll}
        </button>
        <button type="button" data-action="customize" ref={customizeRef} onClick={() => runtime.$preferencesOpen.set(true)}>
          {t.customize}
        </button>
      </div>
    </Tag>
  )
}
