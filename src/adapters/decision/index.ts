import type { Config, Locale } from '../../core/config/types.js'
import type { ConsentState, Decision } from '../../core/consent/index.js'
import { cleanUpAfterDecision } from '../cleanup/index.js'
import { encodeDecision } from '../storage/codec.js'
import { tabChannel, tellOtherTabs } from '../signals/tabs.js'
import type { ReceiptsController } from '../receipts/index.js'

/** What consentry.js loads after a decision, or when an earlier page view left receipts unsent. */
export interface DecisionChunk {
  afterDecision(config: Config, before: ConsentState, decision: Decision, win: Window): Promise<void>
  receipts(config: Config, win: Window): Promise<ReceiptsController>
  /** The visitor's view of their consent record, inside the preferences dialog. */
  showRecord(config: Config, win: Window, container: HTMLElement, locale: Locale): Promise<void>
}

export function createDecisionChunk(
  receipts: DecisionChunk['receipts'],
  renderRecord: (container: HTMLElement, controller: ReceiptsController, locale: Locale) => Promise<void>,
): DecisionChunk {
  return {
    receipts,
    showRecord: async (config, win, container, locale) => renderRecord(container, await receipts(config, win), locale),
    async afterDecision(config, before, decision, win) {
      let failure: unknown = null
      tellOtherTabs(win, tabChannel(config.cookie.name), encodeDecision(decision.stored))
      // The receipt is queued first: a reload after withdrawal must not lose it. A receipt
      // that cannot be queued must still not keep denied vendors' cookies alive.
      if (config.receipts) await receipts(config, win).then((controller) => controller.record(decision)).catch((error) => (failure = error))
      cleanUpAfterDecision(config, before, decision.state, win)
      if (failure) throw failure
    },
  }
}
