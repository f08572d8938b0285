import type { Config } from '../core/config/types.js'
import type { Strings } from './i18n.js'
import { policyLinks } from './link-list.js'

/** The dialog's copy of the banner's links. */
export function PolicyLinks({ config, t }: { config: Config; t: Strings }) {
  return (
    <ul class="links">
      {policyLinks(config, t).map(([href, label]) => <li key={label}><a href={href}>{label}</a></li>)}
    </ul>
  )
}
