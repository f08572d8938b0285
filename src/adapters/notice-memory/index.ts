/**
 * The notice layer, once closed, stays closed until the policy or what it asks changes
 * (CONTRACT.md §8). Closing it is not a decision, so it is kept apart from the consent
 * cookie, in localStorage; where storage is blocked it stays closed for the page view.
 */
import type { ConsentState } from '../../core/consent/index.js'
import { readLocal } from '../local/index.js'

const NOTICE_KEY = 'consentry:notice'
let closedInPage: string | null = null

/** The policy and each category's model: a new policy or a changed definition shows the notice again. */
export const noticeFor = (state: ConsentState) => state.policy + JSON.stringify(state.models)

/** The notice the visitor closed last, in noticeFor's form; null for none, or blocked storage. */
export const closedNotice = () => readLocal(NOTICE_KEY)

/** Whether this notice was closed, in an earlier page view or in this one. */
export const noticeClosed = (state: ConsentState) => (closedNotice() ?? closedInPage) == noticeFor(state)

export function closeNotice(state: ConsentState) {
  closedInPage = noticeFor(state)
  try {
    localStorage.setItem(NOTICE_KEY, closedInPage)
  } catch {
    // Blocked storage: only this page view remembers.
  }
}
