/**
 * Cross-tab sync: a decision made in one tab reaches the site's other open tabs as the
 * encoded cookie value, through a BroadcastChannel, or the `storage` event where there is none.
 * The value travels with the message, so tabs stay in step even when cookies are blocked.
 * `channel` names both, so sites with several cookie names keep their decisions apart.
 */
type Page = Window & { BroadcastChannel?: typeof BroadcastChannel }

export const tabChannel = (cookieName: string) => 'consentry:' + cookieName

export function listenToOtherTabs(win: Page, channel: string, apply: (value: unknown) => void) {
  try {
    new win.BroadcastChannel!(channel).onmessage = (event: MessageEvent) => apply(event.data)
  } catch {
    // No BroadcastChannel: the storage event below still carries decisions.
  }
  win.addEventListener('storage', (event) => event.key === channel && apply(event.newValue))
}

export function tellOtherTabs(win: Page, channel: string, value: string) {
  try {
    if (!win.BroadcastChannel) return win.localStorage.setItem(channel, value)
    const sender = new win.BroadcastChannel(channel)
    // Messages already posted are still delivered after close().
    sender.postMessage(value)
    sender.close()
  } catch {
    // Storage blocked and no channel: other tabs pick the decision up on their next page view.
  }
}
