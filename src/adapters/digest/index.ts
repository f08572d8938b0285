/**
 * SHA-256 of a string's UTF-8 bytes as lowercase hex: the browser's own (Web Crypto, in
 * secure contexts), else the script implementation, which only plain-http pages download.
 */
export async function sha256Hex(text: string, win: Window, fallback: () => Promise<(text: string) => string>): Promise<string> {
  const subtle = win.crypto?.subtle
  if (!subtle) return (await fallback())(text)
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)))
  let hex = ''
  for (const byte of digest) hex += (byte < 16 ? '0' : '') + byte.toString(16)
  return hex
}
