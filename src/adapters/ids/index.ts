/**
 * A version 4 UUID. randomUUID exists only in secure contexts; elsewhere the last part of
 * a blob URL is one, made by the browser from the same random source.
 */
export function newUuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID()
  const url = URL.createObjectURL(new Blob())
  URL.revokeObjectURL(url)
  return url.slice(-36)
}
