import { Component, createRef } from 'preact'
import { localize } from '../core/text/index.js'
import type { Strings } from './i18n.js'
import { PolicyLinks } from './links.js'
import type { PreferencesProps as BaseProps } from './runtime.js'
import { VendorRow } from './vendor.js'
import { LanguageSwitch } from './language-switch.js'
import { renderRecord } from './record.js'
import { reportError } from '../adapters/report/index.js'

interface PreferencesProps extends Omit<BaseProps, 't'> {
  t: Strings
}

// What can take focus in the dialog (its buttons are never disabled; its heading is tabindex -1).
const FOCUSABLE = 'a[href],button,input:not(:disabled),select,summary'

interface Switches {
  categories: Record<string, boolean>
  vendors: Record<string, boolean>
}

/** The preferences dialog: a modal with one switch per category and per vendor. */
export class Preferences extends Component<PreferencesProps, Switches> {
  dialog = createRef<HTMLDivElement>()
  heading = createRef<HTMLHeadingElement>()

  constructor(props: PreferencesProps) {
    super(props)
    const { state, runtime } = props
    // The switches start from the current decision: optional ones off while undecided. A vendor
    // reads as on unless the visitor switched it off, so it comes back on with its category.
    this.state = {
      categories: { ...state.categories },
      vendors: Object.fromEntries(
        runtime.config.vendors.map((v) => [v.id, state.vendors[v.id] || !state.categories[v.category]]),
      ),
    }
  }

  record = createRef<HTMLDivElement>()

  override componentDidMount() {
    // Opened from an opt-out link ("Do Not Sell or Share"): at the first opt-out switch.
    const optOut = this.props.runtime.$preferencesOpen.get() == 'opt-out' && this.dialog.current?.querySelector<HTMLElement>('[data-model="opt-out"]')
    ;(optOut || this.heading.current)?.focus()
    this.showRecord()
  }

  // The record is plain DOM, filled once; the visitor switching language fills it again.
  recordLocale = ''
  override componentDidUpdate() {
    if (this.recordLocale != this.props.runtime.locale) this.showRecord()
  }

  showRecord() {
    const { runtime } = this.props
    const container = this.record.current
    this.recordLocale = runtime.locale
    if (container && runtime.receipts) runtime.receipts().then((receipts) => renderRecord(container, receipts, runtime.config, runtime.locale)).catch(reportError)
  }

  onKeyDown = (event: KeyboardEvent) => {
    const dialog = this.dialog.current
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      this.props.close()
      return
    }
    if (event.key !== 'Tab' || !dialog) return
    // Keep Tab and Shift+Tab inside the dialog.
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null)
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    const active = (dialog.getRootNode() as ShadowRoot).activeElement
    if (event.shiftKey && (active === first || active === this.heading.current)) {
      event.preventDefault()
      last?.focus()
    } else if (!event.shiftKey && active === last) {
      event.preventDefault()
      first?.focus()
    }
  }

  save = () => {
    const { runtime, decide } = this.props
    const { categories, vendors } = this.state
    const { config } = runtime
    const choice = {
      categories: Object.fromEntries(config.categories.filter((c) => !c.required).map((c) => [c.id, !!categories[c.id]])),
      vendors: Object.fromEntries(config.vendors.map((v) => [v.id, !!vendors[v.id]])),
    }
    decide(() => runtime.set(choice, 'save'))
  }

  render({ runtime, state, t, close, decide }: PreferencesProps, { categories, vendors }: Switches) {
    const { config, locale } = runtime
    return (
      <div class="backdrop">
        <div
          data-consentry="preferences"
          class="dialog"
          role="dialog"
          aria-modal="true"
          aria-labelledby="consentry-dialog-title"
          ref={this.dialog}
          onKeyDown={this.onKeyDown}
        >
          <div class="head">
            <h2 id="consentry-dialog-title" tabIndex={-1} ref={this.heading}>{t.dialogTitle}</h2>
            <button type="button" class="close" data-action="close" aria-label={t.close} onClick={close}>×</button>
          </div>
          <div class="body">
            <LanguageSwitch runtime={runtime} label={t.language} />
            <p>{t.dialogIntro}</p>
            <PolicyLinks config={config} t={t} />
            {config.categories.map((category) => {
              const members = config.vendors.filter((vendor) => vendor.category === category.id)
              const model = state.models[category.id]
              // Notice categories are told about, not asked: like required ones, they cannot be switched off.
              const locked = category.required || model == 'notice'
              const on = locked || !!categories[category.id]
              const switchId = 'consentry-category-' + category.id
              const note = category.required ? t.required : model == 'notice' ? t.noticed : model == 'opt-out' ? t.optOutModel : ''
              return (
                <section class="category" key={category.id} aria-labelledby={switchId + '-title'}>
                  <div class="row">
                    <label for={switchId} id={switchId + '-title'} class="title">
                      {localize(category.title, locale)}
                    </label>
                    {note && <span class="always" id={switchId + '-always'}>{note}</span>}
                    <input
                      id={switchId}
                      type="checkbox"
                      role="switch"
                      data-category={category.id}
                      data-model={model}
                      checked={on}
                      disabled={locked}
                      aria-describedby={note ? switchId + '-always' : undefined}
                      onChange={(event) =>
                        this.setState({ categories: { ...categories, [category.id]: (event.target as HTMLInputElement).checked } })
                      }
                    />
                  </div>
                  {category.description && <p>{localize(category.description, locale)}</p>}
                  {members.length > 0 && (
                    <details>
                      <summary>{t.vendors + ' (' + members.length + ')'}</summary>
                      <ul>
                        {members.map((vendor) => (
                          <VendorRow
                            key={vendor.id}
                            vendor={vendor}
                            locale={locale}
                            t={t}
                            checked={!!vendors[vendor.id]}
                            locked={locked}
                            disabled={!on}
                            onToggle={(value) => this.setState({ vendors: { ...vendors, [vendor.id]: value } })}
                          />
                        ))}
                      </ul>
                    </details>
                  )}
                </section>
              )
            })}
            {runtime.receipts && <div class="record" ref={this.record} />}
          </div>
          <div class="actions">
            {/* The banner's order: accept, reject, then the third choice. */}
            <button type="button" data-action="dialog-accept-all" onClick={() => decide(() => runtime.acceptAll('dialog-accept-all'))}>
              {t.acceptAll}
            </button>
            {/* Once decided, rejecting is withdrawing: APPI's "stop provision to third parties", recorded as such. */}
            <button
              type="button"
              data-action="dialog-reject-all"
              onClick={() => decide(() => (state.decided ? runtime.withdraw('stop-provision') : runtime.rejectAll('dialog-reject-all')))}
            >
              {state.decided ? t.stopProvision : t.rejectAll}
            </button>
            <button type="button" data-action="save" onClick={this.save}>{t.save}</button>
          </div>
        </div>
      </div>
    )
  }
}
