import type { Config } from '../../core/config/types.js'
import type { ConsentState, Decision } from '../../core/consent/index.js'
import { cleanUpAfterDecision } from '../cleanup/index.js'
import { encodeDecision } from '../storage/codec.js'
import { tabChannel, tellOtherTabs } from '../signals/tabs.js'
import type { ReceiptsController } from '../receipts/index.js'
import type { LoadChunk } from '../chunks/index.js'

/** What consentry.js loads after a decision, or when an earlier page view left receipts unsent. */
export interface DecisionChunk {
  afterDecision(config: Config, before: ConsentState, decision: Decision, win: Window, load: LoadChunk): Promise<void>
  /** This browser's receipts: the queue, and the history the dialog shows the visitor. */
  receipts(config: Config, win: Window, load: LoadChunk): Promise<ReceiptsController>
}

export function createDecisionChunk(receipts: DecisionChunk['receipts']): DecisionChunk {
  return {
    receipts,
    async afterDecision(config, before, decision, win, load) {
      let failure: unknown = null
      tellOtherTabs(win, tabChannel(config.cookie.name), encodeDecision(decision.stored))
      // The receipt is queued first: a reload after withdrawal must not lose it. A receipt
      // that cannot be queued must still not keep denied vendors' cookies alive.
      if (config.receipts) await receipts(config, win, load).then((controller) => controller.record(decision)).catch((error) => (failure = error))
      cleanUpAfterDecision(config, before, decision.state, win)
      if (failure) throw failure
    },
  }
}
