import type { Ref } from 'preact'
import { localize } from '../core/text/index.js'
import type { Strings } from './i18n.js'
import { PolicyLinks } from './links.js'
import type { UIRuntime } from './runtime.js'

interface BannerProps {
  runtime: UIRuntime
  t: Strings
  /** While the dialog is open the banner sits behind it, out of reach. */
  inert: boolean
  customizeRef: Ref<HTMLButtonElement>
  decide: (action: () => void) => void
}

/** The first layer: three choices of equal weight, a short summary and the links. */
export function Banner({ runtime, t, inert, customizeRef, decide }: BannerProps) {
  const { config, locale } = runtime
  const optional = config.categories.filter((category) => !category.required)
  const gpcHeld = runtime.gpc ? optional.filter((category) => category.gpc) : []
  const titles = (list: typeof optional) => list.map((category) => localize(category.title, locale)).join(locale === 'ja' ? '、' : ', ')
  return (
    <section
      data-consentry="banner"
      class="banner"
      role="region"
      aria-labelledby="consentry-banner-title"
      inert={inert}
      // WCAG 2.4.11: the page scrolls focused elements clear of the banner while it is shown.
      ref={(banner) => void (document.documentElement.style.scrollPaddingBottom = banner ? banner.offsetHeight + 'px' : '')}
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
    </section>
  )
}
