import type { Config } from '../../core/config/types.js'
import type { ConsentState } from '../../core/consent/index.js'
import { deleteMatchingCookies } from '../cookies/index.js'

const revokedAny = (before: Record<string, boolean>, after: Record<string, boolean>) =>
  Object.keys(before).some((id) => before[id] && !after[id])

/**
 * After a decision: deletes the declared cookies of every vendor that is not granted.
 * Tags already running cannot be recalled, so with `reloadOnWithdraw` a decision that
 * takes consent back also reloads the page.
 */
export function cleanUpAfterDecision(config: Config, before: ConsentState, after: ConsentState, win: Window) {
  deleteMatchingCookies(
    win.document,
    config.vendors.filter((vendor) => !after.vendors[vendor.id]).flatMap((vendor) => vendor.cookies),
  )
  if (config.reloadOnWithdraw && (revokedAny(before.categories, after.categories) || revokedAny(before.vendors, after.vendors)))
    win.location.reload()
}
