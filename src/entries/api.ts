import { atom, type ReadableAtom } from 'nanostores'
import { UNDECIDED, type ConsentChoice, type ConsentState } from '../core/consent/index.js'
import { createChangeEmitter } from '../adapters/events/index.js'
import { reportError } from '../adapters/report/index.js'

export interface ConsentryApi {
  /** Resolves once the config has loaded and the stored decision is applied (also when the config is invalid). */
  ready: Promise<void>
  get(): ConsentState
  acceptAll(): void
  rejectAll(): void
  set(choice: ConsentChoice): void
  withdraw(): void
  show(): void
  on(event: 'change', listener: (state: ConsentState) => void): () => void
  /** The logged-in user, as the site's own hashed id; null (or nothing) after logout. */
  identify(hashedUserId?: string | null): void
  /** Problems found in the config; empty when it is valid. */
  errors: readonly string[]
  /**
   * The state as a nanostores store, for framework bindings (`useStore(consentry.$consent)`)
   * and `computed()`. It holds the undecided state until the config has loaded.
   */
  $consent: ReadableAtom<ConsentState>
}

/** What the API forwards to once the config is loaded. */
export interface ApiTarget {
  acceptAll(method: string): void
  rejectAll(method: string): void
  set(choice: ConsentChoice, method: string): void
  withdraw(method: string): void
  show(): void
  identify(user?: string | null): void
}

export { reportError }

/**
 * The public API exists before the config has loaded: calls made early are replayed in
 * order once it has. Every method catches its own errors, so nothing throws into the page.
 */
export function createApi(win: Window) {
  let target: ApiTarget | null = null
  let early: Array<(target: ApiTarget) => void> | null = []
  let markReady!: () => void
  const $consent = atom(UNDECIDED)
  const emitter = createChangeEmitter(win, reportError)

  const run = (action: (target: ApiTarget) => void) => {
    try {
      if (target) action(target)
      else early?.push(action)
    } catch (error) {
      reportError(error)
    }
  }

  const api: ConsentryApi = {
    ready: new Promise<void>((resolve) => (markReady = resolve)),
    get: () => $consent.get(),
    acceptAll: () => run((t) => t.acceptAll('api')),
    rejectAll: () => run((t) => t.rejectAll('api')),
    set: (choice) => run((t) => t.set(choice, 'api')),
    withdraw: () => run((t) => t.withdraw('api')),
    show: () => run((t) => t.show()),
    on: (event, listener) => (event === 'change' ? emitter.on(listener) : () => {}),
    identify: (user) => run((t) => t.identify(user)),
    errors: [],
    $consent,
  }

  return {
    api,
    $consent,
    emit: emitter.emit,
    attach(next: ApiTarget) {
      target = next
      const queued = early!
      early = null
      queued.forEach(run)
      markReady()
    },
    /** Nothing to forward to (an invalid or missing config, or a server): drop queued actions, still resolve `ready`. */
    fail(problems: readonly string[]) {
      early = null
      api.errors = problems
      for (const problem of problems) console.error('consentry: ' + problem)
      markReady()
    },
  }
}
