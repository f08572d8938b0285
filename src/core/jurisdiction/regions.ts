/**
 * Region codes as §8 of the contract has them: an ISO 3166-1 alpha-2 country, optionally
 * "-" and its ISO 3166-2 subdivision ("US-CA"), plus the groups a policy may list.
 */

// Every officially assigned ISO 3166-1 alpha-2 code (249), two letters each.
export const COUNTRIES = new Set(
  (
    'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ' +
    'DEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJM' +
    'JOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONP' +
    'NRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTO' +
    'TRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW'
  ).match(/../g),
)

const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ')

/** Groups a policy's `regions` may name, with their member countries. */
export const REGION_GROUPS: Record<string, readonly string[]> = {
  EU,
  // The European Economic Area: the EU with Iceland, Liechtenstein and Norway.
  EEA: [...EU, 'IS', 'LI', 'NO'],
}

/** What a policy's `regions` may list besides codes: every region, and a region not known. */
export const ANY_REGION = '*'
export const UNKNOWN_REGION = 'unknown'

const CODE = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/

/** The country of a region code ("US" for "US-CA"), or null for anything that is not one. */
export function countryOf(region: string): string | null {
  const match = CODE.exec(region)
  return match && COUNTRIES.has(match[1]!) ? match[1]! : null
}

/** Whether `entry` may stand in a policy's `regions`. */
export const isRegionEntry = (entry: string) =>
  entry === ANY_REGION || entry === UNKNOWN_REGION || entry in REGION_GROUPS || countryOf(entry) !== null
