import type { Config } from './types.js'

/**
 * Fills in the defaults the runtime relies on, for a config that already passed
 * validation once in this browser. It trusts the shape; validateConfig does the checking.
 */
export function withDefaults(validatedBefore: Config): Config {
  const raw = validatedBefore as Partial<Config> & Pick<Config, 'revision' | 'policyUrl' | 'categories'>
  return {
    ...raw,
    reloadOnWithdraw: !!raw.reloadOnWithdraw,
    locale: raw.locale || 'auto',
    expiresAfterDays: raw.expiresAfterDays || 365,
    cookie: { name: 'consentry', ...raw.cookie },
    vendors: (raw.vendors || []).map((vendor: Partial<Config['vendors'][number]>) => ({ cookies: [], dataItems: [], domains: [], ...vendor }) as Config['vendors'][number]),
  }
}
