import type { Config } from '../core/config/types.js'
import type { BannerStrings } from './i18n.js'

/** Policy, external-transmission and rights-request links, where the config has them: [href, label]. */
export const policyLinks = (config: Config, t: BannerStrings) =>
  ([
    [config.policyUrl, t.policy],
    [config.disclosureUrl, t.disclosure],
    [config.rightsUrl, t.rights],
  ] as const).filter((link): link is readonly [string, string] => !!link[0])
