/**
 * A version 4 UUID. randomUUID exists only in secure contexts; elsewhere the last part of
 * a blob URL is one, made by the browser from the same random source.
 */
export function newUuid(win: Window): string {
  if (win.crypto.randomUUID) return win.crypto.randomUUID()
  const { URL, Blob } = win as typeof globalThis & Window
  const url = URL.createObjectURL(new Blob())
  URL.revokeObjectURL(url)
  return url.slice(-36)
}
