import type { Config } from '../core/config/types.js'
import type { Strings } from './i18n.js'

/** Policy, external-transmission and rights-request links, where the config has them. */
export function PolicyLinks({ config, t }: { config: Config; t: Strings }) {
  const links: Array<[string | undefined, string]> = [
    [config.policyUrl, t.policy],
    [config.disclosureUrl, t.disclosure],
    [config.rightsUrl, t.rights],
  ]
  return (
    <ul class="links">
      {links.map(([href, label]) => href && <li key={label}><a href={href}>{label}</a></li>)}
    </ul>
  )
}
