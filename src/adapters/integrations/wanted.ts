/**
 * Whether a config (possibly not validated yet) asks for the integrations chunk. It reads
 * defensively: a malformed config must not throw here, the validator reports it. An empty
 * `domains` list, which the validator writes for every vendor, holds nothing back.
 */
export const wantsIntegrations = (raw: unknown): boolean => {
  const config = raw as { googleConsentMode?: unknown; vendors?: Array<{ domains?: { length?: unknown } } | null> } | null
  return !!(config?.googleConsentMode || config?.vendors?.some?.((vendor) => vendor?.domains?.length))
}
