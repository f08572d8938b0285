import { Component, createRef, render } from 'preact'
import type { ConsentState } from '../core/consent/index.js'
import { Banner, type BannerPosition } from './banner.js'
import { STRINGS } from './i18n.js'
import { Preferences } from './preferences.js'
import type { MountUI, UIRuntime } from './runtime.js'
import { CSS } from './styles.js'

export type { UIRuntime, MountUI } from './runtime.js'

const STATUS_MS = 4000

interface AppState {
  consent: ConsentState
  open: boolean
  status: string
}

interface AppProps {
  runtime: UIRuntime
  position: BannerPosition
}

class App extends Component<AppProps, AppState> {
  customize = createRef<HTMLButtonElement>()
  unsubscribe: Array<() => void> = []
  statusTimer = 0

  constructor(props: AppProps) {
    super(props)
    const { runtime } = props
    this.state = { consent: runtime.$consent.get(), open: runtime.$preferencesOpen.get(), status: '' }
  }

  override componentDidMount() {
    const { runtime } = this.props
    this.unsubscribe = [
      runtime.$consent.listen((consent) => this.setState({ consent })),
      runtime.$preferencesOpen.listen((open) => this.setState({ open })),
    ]
  }

  override componentWillUnmount() {
    this.unsubscribe.forEach((off) => off())
    clearTimeout(this.statusTimer)
  }

  close = () => {
    const { runtime } = this.props
    runtime.$preferencesOpen.set(false)
    const opener = runtime.takeOpener()
    // After a decision the banner is gone; otherwise focus goes back where it came from.
    queueMicrotask(() => (opener?.isConnected ? opener : this.customize.current)?.focus())
  }

  decide = (action: () => void) => {
    const { runtime } = this.props
    // Outside the dialog only the banner decides, and only once: a double click's second
    // click, landing before the banner is gone, must not make a second decision.
    if (!runtime.$preferencesOpen.get() && runtime.$consent.get().decided) return
    action()
    // Announced in the live region, which outlives the banner and the dialog.
    this.setState({ status: STRINGS[runtime.locale].saved })
    clearTimeout(this.statusTimer)
    this.statusTimer = setTimeout(() => this.setState({ status: '' }), STATUS_MS) as unknown as number
    if (runtime.$preferencesOpen.get()) this.close()
  }

  render({ runtime, position }: AppProps, { consent, open, status }: AppState) {
    const t = STRINGS[runtime.locale]
    return (
      <div class="root" lang={runtime.locale}>
        {!consent.decided && <Banner runtime={runtime} position={position} t={t} inert={open} customizeRef={this.customize} decide={this.decide} />}
        {open && <Preferences runtime={runtime} state={consent} t={t} close={this.close} decide={this.decide} />}
        <div role="status" aria-live="polite" class="sr">{status}</div>
      </div>
    )
  }
}

/**
 * A constructable stylesheet: allowed under a strict CSP (no 'unsafe-inline'), which a <style>
 * element is not. Browsers without one (Safari before 16.4) show the UI unstyled but usable.
 */
function styleShadowRoot(shadow: ShadowRoot) {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS)
    shadow.adoptedStyleSheets = [sheet]
  } catch {
    // Unstyled, the banner still works: it is ordinary buttons and links at the end of the page.
  }
}

const ROOT_ID = 'consentry-root'

/** Renders the banner and the dialog into an open shadow root in #consentry-root, once. */
export const mountUI: MountUI = (runtime, doc) => {
  if (!doc.body) {
    doc.addEventListener('DOMContentLoaded', () => mountUI(runtime, doc), { once: true })
    return
  }
  if (doc.getElementById(ROOT_ID)) return
  const host = doc.createElement('div')
  host.id = ROOT_ID
  const shadow = host.attachShadow({ mode: 'open' })
  styleShadowRoot(shadow)
  doc.body.append(host)
  // Any other value of the property leaves the default bar.
  render(<App runtime={runtime} position={getComputedStyle(host).getPropertyValue('--consentry-position').trim() as BannerPosition} />, shadow)
}
