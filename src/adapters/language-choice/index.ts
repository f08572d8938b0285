/** The language the visitor picked in the dialog, kept for their next page views in this browser. */
const KEY = 'consentry-language'

/** Null when nothing was picked, or storage is blocked. */
export function readLanguageChoice(win: Window): string | null {
  try {
    return win.localStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function writeLanguageChoice(win: Window, tag: string) {
  try {
    win.localStorage.setItem(KEY, tag)
  } catch {
    // Blocked storage: the choice holds for this page view only.
  }
}
