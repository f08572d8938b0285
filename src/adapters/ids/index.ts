/** A version 4 UUID: randomUUID in secure contexts, else built from getRandomValues. */
export function newUuid(crypto: Crypto): string {
  if (crypto.randomUUID) return crypto.randomUUID()
  const words = crypto.getRandomValues(new Uint16Array(8))
  words[3] = (words[3]! & 0x0fff) | 0x4000 // version 4
  words[4] = (words[4]! & 0x3fff) | 0x8000 // RFC 4122 variant
  return Array.from(words, (word, index) => (word + 0x10000).toString(16).slice(1) + (index && index < 5 ? '-' : '')).join('')
}
